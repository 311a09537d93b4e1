// Function clues for the words the English tables lack: trades and service jobs, and job nouns in German, French,
// Spanish, Portuguese, Dutch and Italian. Tiers as in function-rules.ts. Masculine singular forms are listed; the
// matcher derives the feminine and compound forms ("Juristin", "Tradutora", "Netzwerkadministrator") itself.
import type { FunctionClue } from './function-rules.ts';

export const WORLD_FUNCTION_CLUES: readonly FunctionClue[] = [
  ['Engineering', 0, 'architectural technologist'],
  ['Engineering', 1, 'draughtsman|draughtsperson|konstrukteur|programador|programadora|ontwerper constructie'],
  ['Engineering', 2, 'architectural|reporting|insights'],
  ['Information Technology', 0, 'it security|line support|first line support|second line support|access management|identity and access|systeembeheerder|netwerkbeheerder'],
  ['Information Technology', 2, 'linux|windows|unix|netzwerk|reseau|reseaux|systemes|informatico'],
  ['Quality Assurance', 0, 'qualitats'],
  ['Quality Assurance', 2, 'kwaliteit'],
  ['Product Management', 2, 'produkt'],
  ['Program and Project Management', 0, 'project controller|project controls|project control'],
  ['Human Resources', 0, 'learning designer|learning experience designer'],
  ['Human Resources', 1, 'recrutador'],
  ['Sales', 0, 'shop assistant|consultor de vendas|consultora de vendas|asesor de ventas|asesora de ventas'],
  ['Sales', 1, 'dependiente|verkoper'],
  ['Sales', 2, 'aussendienst|innendienst|filial|filiale'],
  ['Customer Success and Support', 0, 'help center|help centre|front desk agent'],
  ['Customer Success and Support', 1, 'teleconseiller'],
  ['Customer Success and Support', 2, 'clientele|klant|klanten'],
  ['Marketing', 1, 'marketeer'],
  ['Media and Communication', 1, 'jornalista|tradutor|vertaler'],
  ['Media and Communication', 2, 'localization|localisation'],
  ['Arts and Design', 1, 'florist|ontwerper'],
  ['Operations', 0, 'heating engineer|gas engineer|boiler engineer|front office'],
  [
    'Operations',
    1,
    'scaffolder|dachdecker|klempner|schreiner|tischler|koch|kellner|fahrer|mechaniker|macon|plombier|menuisier|cuisinier|serveur|' +
      'magasinier|cariste|electricien|chauffeur|livreur|albanil|electricista|mecanico|repartidor|camarero|operario|pedreiro|' +
      'cozinheiro|garcom|encanador|elektricien|kok|elettricista|magazziniere|cuoco',
  ],
  ['Operations', 2, 'hotel|lager|batiment|almacen|produccion|produktion|magazijn|operationeel'],
  ['Operations', 4, 'meister|arbeiter'],
  ['Finance', 0, 'private banking'],
  ['Finance', 2, 'finanz|finanziario|financieel|credito|patrimoine|versicherung'],
  ['Accounting', 0, 'tax consultant|controleur de gestion'],
  ['Accounting', 1, 'auditeur'],
  ['Accounting', 2, 'contabil'],
  ['Legal', 2, 'direito|derecho'],
  ['Education', 0, 'head of year'],
  ['Education', 1, 'dozent|erzieher|instituteur|juf'],
  ['Research', 1, 'doktorand|doctorant|promovendus'],
  [
    'Healthcare Services',
    0,
    'consultant anaesthetist|consultant anesthetist|consultant surgeon|consultant physician|consultant psychiatrist|' +
      'consultant radiologist|consultant cardiologist|consultant paediatrician|consultant pediatrician|consultant neurologist|' +
      'consultant obstetrician|consultant gynaecologist|consultant oncologist|consultant dermatologist|consultant haematologist|' +
      'consultant geriatrician|consultant nurse|consultant midwife|consultant psychologist|specialty registrar|specialist registrar|' +
      'sage femme|aide soignant',
  ],
  ['Healthcare Services', 1, 'carer|pfleger|physiotherapeut|therapeut|kinesitherapeute|soignant|odontologo|dentista|tandarts|anaesthetist|anesthetist|oberarzt|chefarzt|assistenzarzt'],
  ['Healthcare Services', 2, 'enfermeria'],
  ['Military and Protective Services', 0, 'agent de securite|agente de seguridad|vigilante de seguridad|security agent'],
  ['Military and Protective Services', 1, 'paratrooper|polizist|pompier|vigilante|beveiliger'],
  ['Military and Protective Services', 2, 'prison|polizei|feuerwehr|brandweer|beveiliging'],
  ['Community and Social Services', 0, 'support worker|educateur specialise|assistente sociale|assistente social'],
  ['Community and Social Services', 1, 'sozialpadagoge|jongerenwerker'],
  ['Community and Social Services', 4, 'voluntario'],
  ['Real Estate', 1, 'makelaar'],
  ['Real Estate', 2, 'letting|lettings|propiedades|propiedad'],
  ['Purchasing', 2, 'inkoop'],
  ['Administrative', 0, 'assistentin der geschaftsfuhrung|assistent der geschaftsfuhrung|assistenz der geschaftsfuhrung|buromanagement'],
  ['Administrative', 1, 'secretaresse|receptioniste|segretario'],
  ['Administrative', 4, 'kaufmann|kauffrau'],
  ['Entrepreneurship', 1, 'amministratore delegato'],
  ['Entrepreneurship', 3, 'selbststandig|selbstandig|freiberufler|propietario|autonomo|empresario|dono|titolare|zelfstandig ondernemer|contractor'],
];
