// Dashboard entry: token capture, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api.ts';
import { App } from './app.tsx';
import './styles.css';

captureToken();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
