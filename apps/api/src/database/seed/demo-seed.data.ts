import { Language, OrgUnitKind, Role } from '@commons/shared';

/** Every demo account signs in with this password (printed at start in demo mode, never seeded in production). */
export const DEMO_PASSWORD = 'commons-demo';

/** The four accounts the README, the web tests and people trying Commons rely on. */
export const DEMO_ACCOUNTS = {
  employee: 'anna@demo.commons',
  itEmployee: 'bo@demo.commons',
  editor: 'erik@demo.commons',
  admin: 'ada@demo.commons',
} as const;

export const DEMO_AGENCY = 'Myndigheten för digital samverkan';

/** Department and unit names, exported so tests can refer to them rather than repeat them. */
export const DEMO_UNITS = {
  caseHandling: 'Avdelningen för ärendehandläggning',
  caseNorth: 'Ärendeenhet Norr',
  caseSouth: 'Ärendeenhet Syd',
  guidance: 'Vägledningsenheten',
  it: 'IT-avdelningen',
  operations: 'Drift och infrastruktur',
  development: 'Systemutveckling',
  communications: 'Kommunikationsavdelningen',
  internalComms: 'Intern kommunikation',
  hr: 'HR-avdelningen',
  finance: 'Ekonomi- och upphandlingsavdelningen',
} as const;

export const DEMO_LOCATIONS = {
  stockholm: { name: 'Stockholm, huvudkontoret', address: 'Sveavägen 44, 111 34 Stockholm' },
  sundsvall: { name: 'Sundsvall', address: 'Storgatan 12, 852 30 Sundsvall' },
} as const;

export interface DemoUnit {
  key: string;
  name: string;
  kind: OrgUnitKind;
  /** The parent's key; parents come before their children in the list. */
  parent?: string;
}

export const DEMO_ORG: readonly DemoUnit[] = [
  { key: 'agency', name: DEMO_AGENCY, kind: OrgUnitKind.AGENCY },
  { key: 'caseHandling', name: DEMO_UNITS.caseHandling, kind: OrgUnitKind.DEPARTMENT, parent: 'agency' },
  { key: 'caseNorth', name: DEMO_UNITS.caseNorth, kind: OrgUnitKind.UNIT, parent: 'caseHandling' },
  { key: 'caseSouth', name: DEMO_UNITS.caseSouth, kind: OrgUnitKind.UNIT, parent: 'caseHandling' },
  { key: 'guidance', name: DEMO_UNITS.guidance, kind: OrgUnitKind.UNIT, parent: 'caseHandling' },
  { key: 'it', name: DEMO_UNITS.it, kind: OrgUnitKind.DEPARTMENT, parent: 'agency' },
  { key: 'operations', name: DEMO_UNITS.operations, kind: OrgUnitKind.UNIT, parent: 'it' },
  { key: 'development', name: DEMO_UNITS.development, kind: OrgUnitKind.UNIT, parent: 'it' },
  { key: 'communications', name: DEMO_UNITS.communications, kind: OrgUnitKind.DEPARTMENT, parent: 'agency' },
  { key: 'internalComms', name: DEMO_UNITS.internalComms, kind: OrgUnitKind.UNIT, parent: 'communications' },
  { key: 'hr', name: DEMO_UNITS.hr, kind: OrgUnitKind.DEPARTMENT, parent: 'agency' },
  { key: 'finance', name: DEMO_UNITS.finance, kind: OrgUnitKind.DEPARTMENT, parent: 'agency' },
];

export interface DemoPerson {
  email: string;
  displayName: string;
  title: string;
  phone: string;
  unit: string;
  location: keyof typeof DEMO_LOCATIONS;
  role?: Role;
  language?: Language;
}

const S = 'stockholm' as const;
const N = 'sundsvall' as const;

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // The named demo accounts. Anna starts in English so switching to Swedish shows something.
  {
    email: DEMO_ACCOUNTS.employee,
    displayName: 'Anna Lindqvist',
    title: 'Handläggare',
    phone: '010-470 12 31',
    unit: 'caseHandling',
    location: S,
    language: Language.EN,
  },
  {
    email: DEMO_ACCOUNTS.itEmployee,
    displayName: 'Bo Ekström',
    title: 'Systemförvaltare',
    phone: '010-470 23 45',
    unit: 'it',
    location: N,
  },
  {
    email: DEMO_ACCOUNTS.editor,
    displayName: 'Erik Sandberg',
    title: 'Kommunikatör',
    phone: '010-470 34 02',
    unit: 'communications',
    location: S,
    role: Role.EDITOR,
  },
  {
    email: DEMO_ACCOUNTS.admin,
    displayName: 'Ada Nordin',
    title: 'Systemadministratör',
    phone: '010-470 20 10',
    unit: 'it',
    location: S,
    role: Role.ADMIN,
  },

  {
    email: 'karin.holm@demo.commons',
    displayName: 'Karin Holm',
    title: 'Generaldirektör',
    phone: '010-470 10 00',
    unit: 'agency',
    location: S,
  },
  {
    email: 'mats.wikstrom@demo.commons',
    displayName: 'Mats Wikström',
    title: 'Överdirektör',
    phone: '010-470 10 01',
    unit: 'agency',
    location: S,
  },
  {
    email: 'sofia.bergstrom@demo.commons',
    displayName: 'Sofia Bergström',
    title: 'Avdelningschef',
    phone: '010-470 12 00',
    unit: 'caseHandling',
    location: S,
  },
  {
    email: 'johan.lundgren@demo.commons',
    displayName: 'Johan Lundgren',
    title: 'Enhetschef',
    phone: '010-470 12 10',
    unit: 'caseNorth',
    location: N,
  },
  {
    email: 'maria.isaksson@demo.commons',
    displayName: 'Maria Isaksson',
    title: 'Handläggare',
    phone: '010-470 12 11',
    unit: 'caseNorth',
    location: N,
  },
  {
    email: 'ali.hassan@demo.commons',
    displayName: 'Ali Hassan',
    title: 'Handläggare',
    phone: '010-470 12 12',
    unit: 'caseNorth',
    location: N,
  },
  {
    email: 'linnea.strom@demo.commons',
    displayName: 'Linnéa Ström',
    title: 'Utredare',
    phone: '010-470 12 13',
    unit: 'caseNorth',
    location: N,
  },
  {
    email: 'per.ostlund@demo.commons',
    displayName: 'Per Östlund',
    title: 'Handläggare',
    phone: '010-470 12 14',
    unit: 'caseNorth',
    location: N,
  },
  {
    email: 'elin.dahl@demo.commons',
    displayName: 'Elin Dahl',
    title: 'Enhetschef',
    phone: '010-470 12 20',
    unit: 'caseSouth',
    location: S,
  },
  {
    email: 'ahmed.karimi@demo.commons',
    displayName: 'Ahmed Karimi',
    title: 'Handläggare',
    phone: '010-470 12 21',
    unit: 'caseSouth',
    location: S,
  },
  {
    email: 'eva.sjoberg@demo.commons',
    displayName: 'Eva Sjöberg',
    title: 'Senior handläggare',
    phone: '010-470 12 22',
    unit: 'caseSouth',
    location: S,
  },
  {
    email: 'oskar.lind@demo.commons',
    displayName: 'Oskar Lind',
    title: 'Jurist',
    phone: '010-470 12 23',
    unit: 'caseSouth',
    location: S,
  },
  {
    email: 'fatima.ali@demo.commons',
    displayName: 'Fatima Ali',
    title: 'Handläggare',
    phone: '010-470 12 24',
    unit: 'caseSouth',
    location: S,
    language: Language.EN,
  },
  {
    email: 'ingrid.berg@demo.commons',
    displayName: 'Ingrid Berg',
    title: 'Enhetschef',
    phone: '010-470 12 30',
    unit: 'guidance',
    location: S,
  },
  {
    email: 'nils.hedlund@demo.commons',
    displayName: 'Nils Hedlund',
    title: 'Vägledare',
    phone: '010-470 12 32',
    unit: 'guidance',
    location: N,
  },
  {
    email: 'sara.nyberg@demo.commons',
    displayName: 'Sara Nyberg',
    title: 'Vägledare',
    phone: '010-470 12 33',
    unit: 'guidance',
    location: S,
  },
  {
    email: 'lars.eriksson@demo.commons',
    displayName: 'Lars Eriksson',
    title: 'IT-chef',
    phone: '010-470 23 00',
    unit: 'it',
    location: N,
  },
  {
    email: 'henrik.blom@demo.commons',
    displayName: 'Henrik Blom',
    title: 'Driftansvarig',
    phone: '010-470 23 10',
    unit: 'operations',
    location: N,
  },
  {
    email: 'emma.falk@demo.commons',
    displayName: 'Emma Falk',
    title: 'Nätverkstekniker',
    phone: '010-470 23 11',
    unit: 'operations',
    location: N,
  },
  {
    email: 'daniel.persson@demo.commons',
    displayName: 'Daniel Persson',
    title: 'Säkerhetsspecialist',
    phone: '010-470 23 12',
    unit: 'operations',
    location: S,
  },
  {
    email: 'jonas.mattsson@demo.commons',
    displayName: 'Jonas Mattsson',
    title: 'Utvecklare',
    phone: '010-470 23 20',
    unit: 'development',
    location: N,
  },
  {
    email: 'amira.said@demo.commons',
    displayName: 'Amira Said',
    title: 'Utvecklare',
    phone: '010-470 23 21',
    unit: 'development',
    location: N,
    language: Language.EN,
  },
  {
    email: 'viktor.aberg@demo.commons',
    displayName: 'Viktor Åberg',
    title: 'Arkitekt',
    phone: '010-470 23 22',
    unit: 'development',
    location: S,
  },
  {
    email: 'hanna.lundberg@demo.commons',
    displayName: 'Hanna Lundberg',
    title: 'UX-designer',
    phone: '010-470 23 23',
    unit: 'development',
    location: S,
  },
  {
    email: 'malin.forsberg@demo.commons',
    displayName: 'Malin Forsberg',
    title: 'Kommunikationschef',
    phone: '010-470 34 00',
    unit: 'communications',
    location: S,
  },
  {
    email: 'david.nilsson@demo.commons',
    displayName: 'David Nilsson',
    title: 'Pressansvarig',
    phone: '010-470 34 01',
    unit: 'communications',
    location: S,
  },
  {
    email: 'ebba.engstrom@demo.commons',
    displayName: 'Ebba Engström',
    title: 'Webbredaktör',
    phone: '010-470 34 10',
    unit: 'internalComms',
    location: S,
    role: Role.EDITOR,
  },
  {
    email: 'gustav.holmberg@demo.commons',
    displayName: 'Gustav Holmberg',
    title: 'Kommunikatör',
    phone: '010-470 34 11',
    unit: 'internalComms',
    location: N,
  },
  {
    email: 'helena.sandstrom@demo.commons',
    displayName: 'Helena Sandström',
    title: 'HR-chef',
    phone: '010-470 45 00',
    unit: 'hr',
    location: S,
  },
  {
    email: 'kristoffer.jonsson@demo.commons',
    displayName: 'Kristoffer Jonsson',
    title: 'HR-specialist',
    phone: '010-470 45 01',
    unit: 'hr',
    location: S,
  },
  {
    email: 'lena.axelsson@demo.commons',
    displayName: 'Lena Axelsson',
    title: 'Lönehandläggare',
    phone: '010-470 45 02',
    unit: 'hr',
    location: N,
  },
  {
    email: 'yusuf.demir@demo.commons',
    displayName: 'Yusuf Demir',
    title: 'Arbetsmiljöspecialist',
    phone: '010-470 45 03',
    unit: 'hr',
    location: S,
  },
  {
    email: 'camilla.wallin@demo.commons',
    displayName: 'Camilla Wallin',
    title: 'Ekonomichef',
    phone: '010-470 56 00',
    unit: 'finance',
    location: S,
  },
  {
    email: 'peter.sundqvist@demo.commons',
    displayName: 'Peter Sundqvist',
    title: 'Controller',
    phone: '010-470 56 01',
    unit: 'finance',
    location: S,
  },
  {
    email: 'anders.hansson@demo.commons',
    displayName: 'Anders Hansson',
    title: 'Upphandlare',
    phone: '010-470 56 02',
    unit: 'finance',
    location: N,
  },
  {
    email: 'julia.backman@demo.commons',
    displayName: 'Julia Backman',
    title: 'Redovisningsekonom',
    phone: '010-470 56 03',
    unit: 'finance',
    location: N,
  },
];
