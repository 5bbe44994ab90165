// The Payment and Address Element stand-ins' words in the four languages the shop speaks, following
// Stripe's own wording of its forms. `elements({ locale })` picks them; 'auto' (Stripe's default) follows the
// browser, and anything else falls back to English as Stripe does.

export const FRAME_LOCALES = ['en', 'de', 'fr', 'it'] as const;
export type FrameLocale = (typeof FRAME_LOCALES)[number];

export interface FrameWords {
  cardDetails: string;
  number: string;
  expiry: string;
  expiryPlaceholder: string;
  cvc: string;
  country: string;
  zip: string;
  postalCode: string;
  errors: Record<'incompleteNumber' | 'invalidNumber' | 'incompleteExpiry' | 'invalidExpiry' | 'expiryPast' | 'invalidExpiryYear' | 'incompleteCvc' | 'incompleteZip' | 'incompletePostalCode', string>;
  /** The Address Element's form. */
  address: {
    form: string;
    name: string;
    country: string;
    line1: string;
    line2: string;
    city: string;
    state: string;
    postalCode: string;
    optional: string;
    errors: Record<'name' | 'line1' | 'city' | 'postal_code', string>;
  };
}

export const FRAME_WORDS: Record<FrameLocale, FrameWords> = {
  en: {
    cardDetails: 'Card details',
    number: 'Card number',
    expiry: 'Expiration date',
    expiryPlaceholder: 'MM / YY',
    cvc: 'Security code',
    country: 'Country',
    zip: 'ZIP',
    postalCode: 'Postal code',
    errors: {
      incompleteNumber: 'Your card number is incomplete.',
      invalidNumber: 'Your card number is invalid.',
      incompleteExpiry: "Your card's expiration date is incomplete.",
      invalidExpiry: "Your card's expiration date is invalid.",
      expiryPast: "Your card's expiration date is in the past.",
      invalidExpiryYear: "Your card's expiration year is invalid.",
      incompleteCvc: "Your card's security code is incomplete.",
      incompleteZip: 'Your ZIP is incomplete.',
      incompletePostalCode: 'Your postal code is incomplete.',
    },
    address: {
      form: 'Address',
      name: 'Full name',
      country: 'Country or region',
      line1: 'Address line 1',
      line2: 'Address line 2',
      city: 'City',
      state: 'State',
      postalCode: 'Postal code',
      optional: '(optional)',
      errors: { name: 'Your name is incomplete.', line1: 'Your address is incomplete.', city: 'Your city is incomplete.', postal_code: 'Your postal code is incomplete.' },
    },
  },
  de: {
    cardDetails: 'Kartendaten',
    number: 'Kartennummer',
    expiry: 'Ablaufdatum',
    expiryPlaceholder: 'MM / JJ',
    cvc: 'Sicherheitscode',
    country: 'Land',
    zip: 'Postleitzahl',
    postalCode: 'Postleitzahl',
    errors: {
      incompleteNumber: 'Die Kartennummer ist unvollständig.',
      invalidNumber: 'Die Kartennummer ist ungültig.',
      incompleteExpiry: 'Das Ablaufdatum der Karte ist unvollständig.',
      invalidExpiry: 'Das Ablaufdatum der Karte ist ungültig.',
      expiryPast: 'Das Ablaufdatum der Karte liegt in der Vergangenheit.',
      invalidExpiryYear: 'Das Ablaufjahr der Karte ist ungültig.',
      incompleteCvc: 'Der Sicherheitscode der Karte ist unvollständig.',
      incompleteZip: 'Die Postleitzahl ist unvollständig.',
      incompletePostalCode: 'Die Postleitzahl ist unvollständig.',
    },
    address: {
      form: 'Adresse',
      name: 'Vollständiger Name',
      country: 'Land oder Region',
      line1: 'Adresszeile 1',
      line2: 'Adresszeile 2',
      city: 'Ort',
      state: 'Bundesland',
      postalCode: 'Postleitzahl',
      optional: '(optional)',
      errors: { name: 'Der Name ist unvollständig.', line1: 'Die Adresse ist unvollständig.', city: 'Der Ort ist unvollständig.', postal_code: 'Die Postleitzahl ist unvollständig.' },
    },
  },
  fr: {
    cardDetails: 'Informations de carte',
    number: 'Numéro de carte',
    expiry: "Date d'expiration",
    expiryPlaceholder: 'MM / AA',
    cvc: 'Code de sécurité',
    country: 'Pays',
    zip: 'Code postal',
    postalCode: 'Code postal',
    errors: {
      incompleteNumber: 'Le numéro de carte est incomplet.',
      invalidNumber: 'Le numéro de carte est invalide.',
      incompleteExpiry: "La date d'expiration de la carte est incomplète.",
      invalidExpiry: "La date d'expiration de la carte n'est pas valide.",
      expiryPast: "La date d'expiration de la carte est déjà passée.",
      invalidExpiryYear: "L'année d'expiration de la carte n'est pas valide.",
      incompleteCvc: 'Le code de sécurité de la carte est incomplet.',
      incompleteZip: 'Le code postal est incomplet.',
      incompletePostalCode: 'Le code postal est incomplet.',
    },
    address: {
      form: 'Adresse',
      name: 'Nom complet',
      country: 'Pays ou région',
      line1: "Ligne d'adresse 1",
      line2: "Ligne d'adresse 2",
      city: 'Ville',
      state: 'Région',
      postalCode: 'Code postal',
      optional: '(facultatif)',
      errors: { name: 'Le nom est incomplet.', line1: "L'adresse est incomplète.", city: 'La ville est incomplète.', postal_code: 'Le code postal est incomplet.' },
    },
  },
  it: {
    cardDetails: 'Dati della carta',
    number: 'Numero della carta',
    expiry: 'Data di scadenza',
    expiryPlaceholder: 'MM / AA',
    cvc: 'Codice di sicurezza',
    country: 'Paese',
    zip: 'CAP',
    postalCode: 'CAP',
    errors: {
      incompleteNumber: 'Il numero della carta è incompleto.',
      invalidNumber: 'Il numero della carta non è valido.',
      incompleteExpiry: 'La data di scadenza della carta è incompleta.',
      invalidExpiry: 'La data di scadenza della carta non è valida.',
      expiryPast: 'La data di scadenza della carta è già passata.',
      invalidExpiryYear: "L'anno di scadenza della carta non è valido.",
      incompleteCvc: 'Il codice di sicurezza della carta è incompleto.',
      incompleteZip: 'Il CAP è incompleto.',
      incompletePostalCode: 'Il CAP è incompleto.',
    },
    address: {
      form: 'Indirizzo',
      name: 'Nome completo',
      country: 'Paese o area geografica',
      line1: 'Indirizzo (riga 1)',
      line2: 'Indirizzo (riga 2)',
      city: 'Città',
      state: 'Provincia',
      postalCode: 'CAP',
      optional: '(facoltativo)',
      errors: { name: 'Il nome è incompleto.', line1: "L'indirizzo è incompleto.", city: 'La città è incompleta.', postal_code: 'Il CAP è incompleto.' },
    },
  },
};

/** `de-CH`, `DE` and `de` read German; 'auto' or nothing reads the browser's language. */
export function frameLocale(requested: string | null | undefined, browser: string): FrameLocale {
  const wanted = !requested || requested === 'auto' ? browser : requested;
  const language = String(wanted).toLowerCase().split('-')[0] as FrameLocale;
  return FRAME_LOCALES.includes(language) ? language : 'en';
}
