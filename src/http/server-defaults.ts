// Where `referable serve` listens unless told otherwise; the OpenAPI document names the same address as its server.
export const SERVER_DEFAULTS = { port: 4321, host: '127.0.0.1' };
