import type { CategoryId } from '../providers/categories.ts';

/**
 * Words people see, as data: one entry per language, no code per language. Each phrase is regular
 * expression source, matched case-insensitively (Unicode) against whitespace-collapsed text with
 * typographic apostrophes made plain. `\p{L}*` carries inflection (vincular/vincula, Facebooka).
 *
 * The build replaces this module with its values as plain strings (scripts/lib/precompute.ts), so
 * each context ships only the phrasebooks it uses.
 *
 * Text is one signal among several: origins, URLs, markup and form shapes need no language at all,
 * so a page in a language missing here is still caught by those.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Phrasebook = Record<Language, string[]>;

/**
 * "Link your bank" on a button or link. Button phrases are matched from the start of the label, so a
 * headline that mentions linking ("How to link your bank…") is not a prompt.
 */
export const LINK_BANK: Phrasebook = {
  en: [
    String.raw`(?:link|connect|add|verify|sync|attach|authori[sz]e|set up)(?:\s+(?:your|a|my|an|another|new|the|external|with|to|using|via|primary|first|up)){0,3}\s+(?:bank(?:s|ing)?(?!\s*cards?)|checking(?:\s+accounts?)?|savings\s+accounts?|current\s+accounts?|financial\s+institutions?|credit\s+unions?)`,
  ],
  es: [
    String.raw`(?:vincul|conect|agreg|añad|enlaz|asoci|sincroniz|verific)\p{L}*(?:\s+(?:tu|tus|su|sus|mi|mis|una|un|la|el|los|las|nueva|otra|con|de|del|a)){0,3}\s+(?:banco\p{L}*|cuentas?\s+bancarias?|cuentas?\s+(?:de|del)\s+banco|entidad(?:es)?\s+bancarias?|banca)`,
  ],
  fr: [
    String.raw`(?:connect|lie[rz]?|reli|ajout|associ|synchronis|vérifi|rattach)\p{L}*(?:\s+(?:votre|vos|ma|mon|mes|ta|ton|tes|un|une|la|le|les|à|avec|nouveau|nouvelle|autre|d'un|d'une|de|du)){0,3}\s+(?:banques?|comptes?\s+bancaires?|établissements?\s+bancaires?|comptes?\s+courants?|rib)`,
  ],
  de: [
    String.raw`(?:verbinde|verknüpf|füge|hinzufüg|synchronisier|koppel|verifizier|bestätig|hinterleg|binde)\p{L}*(?:\s+(?:dein|deine|deinen|deinem|ihr|ihre|ihren|ihrem|ein|eine|einen|einem|mit|das|die|den|der|dem|jetzt)){0,3}\s+(?:bank(?!karte)\p{L}*|(?:giro|referenz|verrechnungs|auszahlungs)kont\p{L}*)`,
    String.raw`(?:(?:mit|zu)\s+)?(?:(?:deiner|ihrer|der|einer|dein|ihr|deine|ihre)\s+)?(?:bank(?!karte)\p{L}*|(?:giro|referenz|verrechnungs|auszahlungs)kont\p{L}*)(?:\s+\p{L}+)?\s+(?:verbinden|verknüpfen|hinzufügen|koppeln|synchronisieren|anbinden|hinterlegen|bestätigen|verifizieren)`,
  ],
  pt: [
    String.raw`(?:conect|vincul|adicion|associ|sincroniz|lig|cadastr|verific|integr)\p{L}*(?:\s+(?:sua|seu|suas|seus|tua|teu|minha|meu|minhas|meus|uma|um|a|o|as|os|nova|novo|outra|outro|com|ao|à|de|do|da)){0,3}\s+(?:banco\p{L}*|contas?\s+bancárias?|contas?\s+(?:do|de)\s+banco|contas?\s+correntes?|instituiç(?:ão|ões)\s+financeiras?)`,
  ],
  it: [
    String.raw`(?:colleg|connett|aggiung|associ|sincronizz|verific|abbin)\p{L}*(?:\s+(?:il|la|lo|i|le|tuo|tua|tuoi|tue|mio|mia|un|una|uno|al|alla|con|nuovo|nuova|altro|altra|di|della|del)){0,3}\s+(?:banc\p{L}*|cont[oi](?:\s+corrent[ei]|\s+bancari[oi]|\s+in\s+banca)?|istitut\p{L}*\s+bancari\p{L}*)`,
  ],
  nl: [
    String.raw`(?:koppel|verbind|voeg|synchroniseer|verifieer|link)\p{L}*(?:\s+(?:je|jouw|uw|een|de|het|met|nieuwe|andere|mijn)){0,3}\s+(?:bank\p{L}*|betaalrekening\p{L}*|rekening\p{L}*)`,
    String.raw`(?:(?:je|jouw|uw|een|de)\s+)?(?:bank\p{L}*|betaalrekening|rekening)\s+(?:koppelen|verbinden|toevoegen|synchroniseren|verifiëren)`,
  ],
  pl: [
    String.raw`(?:połącz|podłącz|dodaj|powiąż|zsynchronizuj|zweryfikuj|podepnij)\p{L}*(?:\s+(?:swoje|swój|swoją|swojego|twoje|twój|twoją|twojego|z|ze|nowe|nowy|nową|konto|kont\p{L}*)){0,3}\s+(?:bank\p{L}*|rachun\p{L}*)`,
  ],
};

/** "Find friends", "Sync contacts": a site asks for your address book. */
export const CONTACT_UPLOAD: Phrasebook = {
  en: [
    String.raw`(?:sync|synchroni[sz]e|upload|import|connect|share|scan|access|allow\s+access\s+to|give\s+access\s+to|invite|add\s+from|choose\s+from|select\s+from|pick\s+from|invite\s+from)(?:\s+(?:your|my|all|phone|device|mobile|gmail|google|outlook|yahoo|email|from|the|friends\s+from|people\s+from|with|to|in)){0,3}\s+(?:contacts|address\s?book|phone\s?book|contact\s+list)`,
    String.raw`(?:find|search\s+for|discover|look\s+for)(?:\s+(?:your|my|more|all|the|people|of)){0,2}\s+(?:friends|people\s+you\s+(?:may\s+)?know|contacts)`,
    String.raw`see\s+who\s+you\s+(?:already\s+)?know`,
  ],
  es: [
    String.raw`(?:sincroniz|sub|carg|import|conect|compart|permit\p{L}*\s+(?:el\s+)?acceso\s+a|invit|añad\p{L}*\s+desde|agreg\p{L}*\s+desde|eleg\p{L}*\s+de|selecciona\p{L}*\s+de)\p{L}*(?:\s+(?:tus|mis|sus|los|las|a|de|desde|del|la|tu|mi|su|el|todos)){0,3}\s+(?:contactos|agenda|libreta\s+de\s+direcciones)`,
    String.raw`(?:busc|encuentr|encontr|descubr)\p{L}*(?:\s+(?:a|tus|mis|sus|los|más|personas|gente)){0,3}\s+(?:amigos|amistades|personas\s+que\s+conoces|contactos)`,
  ],
  fr: [
    String.raw`(?:synchronis|import|télécharg|envoy|partag|connect|autoris\p{L}*\s+l'accès\s+à|invit|ajout\p{L}*\s+depuis)\p{L}*(?:\s+(?:vos|mes|tes|les|des|le|la|de|du|à|depuis|votre|mon|ton|aux|tous)){0,3}\s+(?:contacts|carnet\s+d'adresses|répertoire)`,
    String.raw`(?:trouv|retrouv|cherch|découvr)\p{L}*(?:\s+(?:vos|mes|tes|des|les|de|d'autres|plus)){0,2}\s+(?:amis|amies|contacts|personnes\s+que\s+vous\s+connaissez)`,
  ],
  de: [
    String.raw`(?:(?:deine|ihre|alle|meine)\s+)?(?:kontakte|adressbuch|telefonbuch)(?:\s+\p{L}+)?\s+(?:synchronisieren|hochladen|importieren|abgleichen|teilen|freigeben|einladen|verbinden|durchsuchen)`,
    String.raw`(?:freunde|bekannte)\s+(?:finden|suchen|entdecken)`,
    String.raw`(?:synchronisier|lade|importier|gleiche|teile|verbinde|finde|suche|entdecke|erlaube?)\p{L}*(?:\s+(?:deine|ihre|meine|die|den|zugriff|auf|alle|jetzt|hoch|weitere)){0,3}\s+(?:kontakte|adressbuch|telefonbuch|freunde)`,
    String.raw`zugriff\s+auf\s+(?:deine\s+|ihre\s+)?kontakte`,
  ],
  pt: [
    String.raw`(?:sincroniz|envi|carreg|import|conect|compartilh|partilh|permit\p{L}*\s+(?:o\s+)?acesso\s+a|convid|adicion\p{L}*\s+d|escolh\p{L}*\s+d|selecion\p{L}*\s+d)\p{L}*(?:\s+(?:seus|suas|os|as|meus|minhas|a|de|dos|da|do|aos|teus|tuas|todos)){0,3}\s+(?:contatos|contactos|agenda)`,
    String.raw`(?:encontr|procur|descobr|busc)\p{L}*(?:\s+(?:seus|os|mais|pessoas|teus|suas)){0,2}\s+(?:amigos|pessoas\s+que\s+(?:você|tu)\s+conhec\p{L}*|contatos|contactos)`,
  ],
  it: [
    String.raw`(?:sincronizz|caric|import|connett|condivid|consent\p{L}*\s+l'accesso\s+a|invit|aggiung\p{L}*\s+dall?a?|scegli\p{L}*\s+dall?a?|selezion\p{L}*\s+dall?a?)\p{L}*(?:\s+(?:i|tuoi|miei|la|tua|dalla|dai|ai|alla|della|dei|le|tutti)){0,3}\s+(?:contatti|rubrica)`,
    String.raw`(?:trov|cerc|scopr)\p{L}*(?:\s+(?:i|tuoi|miei|altri|persone|gli|nuovi)){0,2}\s+(?:amici|persone\s+che\s+conosci|contatti)`,
  ],
  nl: [
    String.raw`(?:synchroniseer|upload|importeer|deel|verbind|nodig|geef\s+toegang\s+tot|sta\s+toegang\s+toe\s+tot)\p{L}*(?:\s+(?:je|jouw|uw|mijn|de|alle|uit|van|tot)){0,3}\s+(?:contacten|adresboek|telefoonboek)`,
    String.raw`(?:(?:je|jouw|uw)\s+)?(?:contacten|adresboek)\s+(?:synchroniseren|uploaden|importeren|delen|koppelen|doorzoeken)`,
    String.raw`(?:vind|zoek|ontdek)\p{L}*(?:\s+(?:je|jouw|uw|meer|mensen)){0,2}\s+(?:vrienden|mensen\s+die\s+je\s+kent|contacten)`,
    String.raw`vrienden\s+(?:zoeken|vinden)`,
  ],
  pl: [
    String.raw`(?:synchronizuj|zsynchronizuj|prześlij|wyślij|importuj|zaimportuj|połącz|udostępnij|zezwól\s+na\s+dostęp\s+do|zaproś|dodaj\s+z|wybierz\s+z)\p{L}*(?:\s+(?:swoje|twoje|moje|z|ze|wszystkie|do|swoich|twoich)){0,3}\s+(?:kontakt(?:y|ów|ami)|książk\p{L}*\s+adresow\p{L}*)`,
    String.raw`(?:znajdź|szukaj|wyszukaj|odkryj)(?:\s+(?:swoich|twoich|więcej|osoby|nowych)){0,2}\s+(?:znajom\p{L}*|przyjaciół|kontakt\p{L}*)`,
  ],
};

/**
 * "Add payment method" / "Add debit card". Everywhere else this is a checkout, so it counts only on
 * the own sites of the payment and social apps in the catalog (`sites`).
 */
export const ADD_PAYMENT: Phrasebook = {
  en: [String.raw`(?:add|link|set\s+up)(?:\s+(?:a|an|new|your|another)){0,2}\s+(?:payment\s+methods?|debit\s+cards?|credit\s+cards?|cards?|credit\s+or\s+debit\s+cards?|debit\s+or\s+credit\s+cards?)`],
  es: [String.raw`(?:agreg|añad|vincul)\p{L}*(?:\s+(?:un|una|nuevo|nueva|tu|su)){0,2}\s+(?:métodos?\s+de\s+pago|formas?\s+de\s+pago|tarjetas?)`],
  fr: [String.raw`ajout\p{L}*(?:\s+(?:un|une|nouveau|nouvelle|votre)){0,2}\s+(?:moyens?\s+de\s+paiement|modes?\s+de\s+paiement|cartes?)`],
  de: [String.raw`(?:zahlungsmethode|zahlungsart|karte|kreditkarte|debitkarte)\s+hinzufügen`, String.raw`füge\p{L}*(?:\s+\p{L}+){0,2}\s+(?:zahlungsmethode|karte)`],
  pt: [String.raw`adicion\p{L}*(?:\s+(?:um|uma|novo|nova|seu|sua)){0,2}\s+(?:formas?\s+de\s+pagamento|métodos?\s+de\s+pagamento|cartão|cartões)`],
  it: [String.raw`aggiung\p{L}*(?:\s+(?:un|una|nuovo|nuova|il|la|tuo|tua)){0,2}\s+(?:metod[oi]\s+di\s+pagamento|cart[ae])`],
  nl: [String.raw`(?:betaalmethode|betaalkaart|kaart)\s+toevoegen`, String.raw`voeg\s+(?:een\s+)?(?:betaalmethode|kaart)`],
  pl: [String.raw`dodaj\p{L}*(?:\s+(?:nową|nowy))?\s+(?:metodę\s+płatności|kartę(?:\s+płatniczą)?)`],
};

/**
 * Around a password field: words that only a third party uses about your bank ("your bank's
 * password", "select your bank"). A bank's own login says "Online Banking", never "your bank".
 */
export const BANK_CREDENTIALS: Phrasebook = {
  en: [
    String.raw`your\s+bank(?:'s)?\s+(?:login|log-in|credentials|username|user\s?name|user\s?id|password|passcode|pin|online\s+banking)`,
    String.raw`(?:log|sign)\s*(?:in|on)\s+(?:to|with|at)\s+your\s+bank`,
    String.raw`(?:bank|banking)\s+(?:login\s+)?credentials`,
    String.raw`credentials\s+(?:for|of|from|at)\s+your\s+bank`,
    String.raw`(?:username|user\s?name|user\s?id|password|passcode|login|credentials)[^.!?]{0,40}\s(?:for|of|at|with|to)\s+your\s+bank`,
    String.raw`(?:select|choose|search\s+for|find)\s+your\s+(?:bank|financial\s+institution)`,
  ],
  es: [
    String.raw`(?:usuario|clave|contraseña|credenciales|datos\s+de\s+acceso)(?:\s+\p{L}+){0,3}\s+(?:de|del)\s+(?:tu|su)\s+(?:banco|banca)(?!\s+(?:online|digital|móvil|movil|por\s+internet|electrónica|en\s+línea))`,
    String.raw`credenciales\s+bancarias`,
    String.raw`(?:inicia\s+sesión|ingresa|accede|entra)\s+(?:en|a)\s+(?:tu|su)\s+(?:banco|banca)(?!\s+(?:online|digital|móvil|movil|por\s+internet|electrónica|en\s+línea))`,
    String.raw`(?:selecciona|elige|busca)\s+(?:tu|su)\s+banco`,
  ],
  fr: [
    String.raw`identifiants\s+(?:bancaires|de\s+(?:votre|ta)\s+banque)`,
    String.raw`(?:mot\s+de\s+passe|code\s+d'accès|code\s+secret)(?:\s+\p{L}+){0,3}\s+de\s+(?:votre|ta)\s+banque`,
    String.raw`connectez-vous\s+à\s+votre\s+banque(?!\s+(?:en\s+ligne|à\s+distance))`,
    String.raw`(?:sélectionnez|choisissez|recherchez)\s+votre\s+banque`,
  ],
  de: [
    String.raw`zugangsdaten\s+(?:deiner|ihrer|zu\s+(?:deiner|ihrer)|für\s+(?:deine|ihre))\s+bank`,
    String.raw`bank-?zugangsdaten`,
    String.raw`(?:bei|in)\s+(?:deiner|ihrer)\s+bank\s+(?:an(?:melden)?|ein(?:loggen)?)`,
    String.raw`(?:wähle|wählen\s+sie|suche|suchen\s+sie)\s+(?:deine|ihre)\s+bank`,
    String.raw`(?:pin|passwort|kennwort)(?:\s+\p{L}+){0,2}\s+(?:deiner|ihrer)\s+bank`,
  ],
  pt: [
    String.raw`(?:credenciais|senha|usuário|dados\s+de\s+acesso|login)(?:\s+\p{L}+){0,3}\s+(?:do|da)\s+(?:seu|sua|teu|tua)\s+(?:banco|conta\s+bancária|instituição)`,
    String.raw`credenciais\s+bancárias`,
    String.raw`(?:entre|acesse|faça\s+login)\s+(?:no|com\s+o|em|na)\s+(?:seu|teu|sua)\s+(?:banco|conta\s+bancária)`,
    String.raw`(?:selecione|escolha|busque|procure)\s+(?:o\s+)?(?:seu|teu)\s+banco`,
  ],
  it: [
    String.raw`credenziali\s+(?:bancarie|della\s+(?:tua|sua)\s+banca|dell'home\s+banking|del(?:la)?\s+(?:tuo|tua)\s+(?:banca|conto))`,
    String.raw`(?:password|codice|pin)(?:\s+\p{L}+){0,3}\s+della\s+(?:tua|sua)\s+banca`,
    String.raw`accedi\s+(?:alla|con\s+la)\s+(?:tua|sua)\s+banca(?!\s+(?:online|digitale|via\s+internet))`,
    String.raw`(?:seleziona|scegli|cerca)\s+la\s+(?:tua|sua)\s+banca`,
  ],
  nl: [
    String.raw`inloggegevens\s+van\s+(?:je|jouw|uw)\s+bank`,
    String.raw`(?:log|meld)\s+(?:je\s+|u\s+)?(?:in|aan)\s+bij\s+(?:je|jouw|uw)\s+bank`,
    String.raw`(?:wachtwoord|pincode)(?:\s+\p{L}+){0,2}\s+van\s+(?:je|jouw|uw)\s+bank`,
    String.raw`(?:selecteer|kies|zoek)\s+(?:je|jouw|uw)\s+bank`,
  ],
  pl: [
    String.raw`dane\s+(?:do\s+)?logowania\s+(?:do\s+)?(?:twojego\s+|swojego\s+)?banku`,
    String.raw`zaloguj(?:\s+się)?\s+do\s+(?:swojego|twojego)\s+banku`,
    String.raw`hasło\s+do\s+(?:swojego\s+|twojego\s+)?banku`,
    String.raw`(?:wybierz|wyszukaj|znajdź)\s+(?:swój|twój)\s+bank`,
  ],
};

/**
 * "Sign in with <provider>": a connector word right before a provider's name. Articles and
 * possessives may sit in between ("con tu cuenta de Google", "mit deinem Google-Konto").
 */
export const NAMED_CONNECTORS: Phrasebook = {
  en: ['with', 'using', 'via', 'through', 'w/'],
  es: ['con', 'mediante', 'vía', 'via', 'usando', 'desde'],
  fr: ['avec', 'via', 'par'],
  de: ['mit', 'über', 'via', 'per'],
  pt: ['com', 'via', 'pelo', 'pela', 'usando', String.raw`através\s+d[oa]`],
  it: ['con', 'tramite', 'via', 'usando', 'attraverso'],
  nl: ['met', 'via'],
  pl: ['przez', 'z', 'ze', String.raw`za\s+pomocą`, 'kontem', 'poprzez'],
};

/** Words allowed between a connector and the name. */
export const NAMED_FILLERS: Phrasebook = {
  en: ['your', 'my', 'the', 'an?', 'account'],
  es: ['tu', 'su', 'mi', 'la', 'el', 'cuenta', 'de', 'del'],
  fr: ['votre', 'ton', 'ta', 'mon', 'le', 'la', 'compte', 'de', 'du'],
  de: ['dein', 'deinem', 'deinen', 'ihrem', 'ihr', 'ihren', 'einem', 'dem', 'konto'],
  pt: ['o', 'a', 'seu', 'sua', 'teu', 'tua', 'conta', 'do', 'da', 'de'],
  it: ['il', 'la', 'lo', 'tuo', 'tua', 'account', 'di', 'del', 'della'],
  nl: ['je', 'jouw', 'uw', 'het', 'de', 'account'],
  pl: ['twojego', 'swojego', 'konta', 'kontem', 'konto'],
};

/** Verbs of signing in (not "connect" or "join": "Connect on LinkedIn", "Join our Discord" follow), for short labels that name a provider without a connector ("Google Login"). */
export const SIGN_IN_VERBS: Phrasebook = {
  en: ['continue', String.raw`sign\s?(?:in|up|on)`, String.raw`log\s?(?:in|on)`, 'register', 'authenticate'],
  es: [String.raw`continu\p{L}*`, String.raw`inicia\p{L}*\s+sesión`, String.raw`acced\p{L}*`, 'entrar', 'entra', String.raw`regístr\p{L}*`, String.raw`registr\p{L}*`, String.raw`ingres\p{L}*`],
  fr: [String.raw`continu\p{L}*`, String.raw`se\s+connecter`, String.raw`connectez-vous`, 'connexion', String.raw`s'inscrire`, String.raw`inscrivez-vous`, 'inscription', String.raw`s'identifier`],
  de: ['weiter', 'fortfahren', String.raw`anmelden`, 'einloggen', 'registrieren', 'login'],
  pt: [String.raw`continu\p{L}*`, 'entrar', String.raw`fazer\s+login`, String.raw`iniciar\s+sessão`, String.raw`cadastr\p{L}*`, String.raw`registr\p{L}*`, String.raw`inscrever-se`, String.raw`acess\p{L}*`],
  it: [String.raw`continu\p{L}*`, 'accedi', 'registrati', 'iscriviti', 'entra', 'login', 'collegati'],
  nl: ['doorgaan', String.raw`ga\s+verder`, 'inloggen', 'aanmelden', 'registreren', 'verdergaan', String.raw`log\s+in`, String.raw`meld\s+je\s+aan`],
  pl: ['kontynuuj', String.raw`zaloguj(?:\s+się)?`, String.raw`zarejestruj(?:\s+się)?`],
};

/** A label with any of these shares a link, follows a page, pays, or explains; it does not sign in. */
export const NOT_A_PROMPT: Phrasebook = {
  en: ['share', 'follow', 'like', 'tweet', 'post', 'pay', 'checkout', 'buy', 'download', String.raw`get\s+it\s+on`, String.raw`available\s+on`, 'watch', 'listen', 'subscribe', 'pin', String.raw`learn\s+more`, 'about', String.raw`how\s+to`, String.raw`what\s+is`, 'help', 'faq', 'remove', 'disconnect', 'revoke', 'manage'],
  es: ['compartir', 'comparte', 'seguir', 'síguenos', 'pagar', 'paga', 'comprar', 'descargar', String.raw`disponible\s+en`, String.raw`más\s+información`, String.raw`acerca\s+de`, 'cómo', 'ayuda', 'eliminar', 'desconectar'],
  fr: ['partager', 'partagez', 'suivre', 'suivez', 'payer', 'acheter', 'télécharger', String.raw`disponible\s+sur`, String.raw`en\s+savoir\s+plus`, String.raw`à\s+propos`, 'comment', 'aide', 'supprimer', 'déconnecter'],
  de: ['teilen', 'folgen', 'folge', 'bezahlen', 'zahlen', 'kaufen', 'herunterladen', String.raw`laden\s+im`, String.raw`mehr\s+erfahren`, 'hilfe', 'entfernen', 'trennen'],
  pt: ['compartilhar', 'partilhar', 'seguir', 'siga', 'pagar', 'comprar', 'baixar', 'disponível', String.raw`saiba\s+mais`, 'sobre', 'como', 'ajuda', 'remover', 'desconectar'],
  it: ['condividi', 'seguici', 'segui', 'paga', 'pagare', 'acquista', 'scarica', String.raw`disponibile\s+su`, String.raw`scopri\s+di\s+più`, 'informazioni', 'aiuto', 'rimuovi', 'scollega'],
  nl: ['delen', 'deel', 'volg', 'volgen', 'betalen', 'betaal', 'kopen', 'downloaden', String.raw`meer\s+informatie`, 'hulp', 'verwijderen', 'ontkoppelen'],
  pl: ['udostępnij', 'obserwuj', 'zapłać', 'płać', 'kup', 'pobierz', String.raw`dowiedz\s+się`, 'pomoc', 'usuń', 'odłącz'],
};

/** Phrases a consent pane uses to list data, per category (matched against one list item at a time). */
export const CATEGORY_PHRASES: Partial<Record<CategoryId, string[]>> = {
  'bank-credentials': [String.raw`(?:bank|banking)\s+(?:login|credentials)`, 'credenciales bancarias', 'identifiants bancaires', 'bank-?zugangsdaten', 'credenciais bancárias', 'credenziali bancarie'],
  'account-numbers': [
    'routing', String.raw`account\s+(?:and|&)\s+routing`, String.raw`account\s+numbers?`, String.raw`\biban\b`, String.raw`sort\s+code`, String.raw`account\s+details`,
    String.raw`números?\s+de\s+cuenta`, 'clabe', String.raw`numéros?\s+de\s+compte`, String.raw`\brib\b`, 'kontonummer', 'bankverbindung', 'kontodaten',
    String.raw`números?\s+da\s+conta`, String.raw`agência\s+e\s+conta`, String.raw`dados\s+da\s+conta`, String.raw`numer[oi]\s+di\s+conto`, String.raw`coordinate\s+bancarie`,
    'rekeningnummer', String.raw`numer(?:y)?\s+(?:konta|rachunku|kont|rachunków)`,
  ],
  balances: ['balance', 'saldo', 'solde', 'kontostand', 'guthaben', 'saldi', String.raw`stan\s+kont`, 'salda'],
  transactions: [
    'transaction', 'transacci', 'transaktion', 'umsätze', 'umsatz', 'kontobewegung', 'transaç', 'movimenta', 'movimient', 'movimenti',
    'transazion', 'transactie', 'transakcj', String.raw`historia\s+operacji`, 'bewegingen', 'mouvements', 'opérations', 'operaciones', 'statements', 'extratos', 'relevés',
  ],
  identity: [
    String.raw`account\s?holder`, 'owner', String.raw`name,\s+(?:postal\s+)?address`, String.raw`contact\s+(?:details|information)`, 'titular', 'titulaire',
    'kontoinhaber', 'inhaber', 'titolare', 'rekeninghouder', 'właściciel', String.raw`dane\s+osobowe`, String.raw`identit\p{L}*`, 'identidad', 'identidade',
    'identiteit', 'tożsamość',
  ],
  income: ['income', 'employ', 'paystub', 'payroll', 'ingresos', 'revenus', 'einkommen', 'gehalt', 'renda', 'rendimentos', 'reddit[oi]', 'inkomen', String.raw`doch[oó]d\p{L}*`, 'salario', 'salaire'],
  investments: ['investment', 'holdings', 'brokerage', 'inversiones', 'investissements', 'investitionen', 'wertpapier', 'investimentos', 'investimenti', 'beleggingen', 'inwestycj'],
  liabilities: [
    'liabilit', String.raw`loans?\b`, 'mortgage', String.raw`credit\s+card\s+balance`, 'préstamos', 'hipoteca', 'prêts', 'crédits', 'kredite', 'darlehen',
    'empréstimos', 'financiamentos', 'prestiti', 'mutuo', 'leningen', 'hypothe', 'kredyty', 'pożyczki',
  ],
  payments: [String.raw`(?:make|initiate)\s+payments`, String.raw`move\s+money`, 'pagos', 'paiements', 'zahlungen', 'pagamentos', 'pagamenti', 'betalingen', 'płatności'],
  'card-numbers': [String.raw`card\s+(?:number|details)`, 'tarjeta', String.raw`numéro\s+de\s+carte`, 'kartennummer', 'cartão', String.raw`numero\s+di\s+carta`, 'kaartnummer', String.raw`numer\s+karty`],
  profile: [
    String.raw`public\s+profile`, String.raw`name\s+and\s+profile\s+picture`, String.raw`perfil\s+público`, String.raw`profil\s+public`, String.raw`öffentliches\s+profil`,
    String.raw`profilo\s+pubblico`, String.raw`openbaar\s+profiel`, String.raw`profil\s+publiczny`, String.raw`nombre\s+y\s+foto\s+del\s+perfil`,
  ],
  email: [
    String.raw`e-?mail\s+address`, String.raw`correo\s+electrónico`, String.raw`adresse\s+(?:e-mail|électronique|courriel)`, String.raw`e-mail-adresse`,
    String.raw`endereço\s+de\s+e-?mail`, String.raw`indirizzo\s+e-?mail`, 'e-mailadres', String.raw`adres\s+e-mail`,
  ],
  phone: [String.raw`phone\s+number`, String.raw`número\s+de\s+tel[eé]fono`, String.raw`numéro\s+de\s+téléphone`, 'telefonnummer', String.raw`número\s+de\s+telefone`, String.raw`numero\s+di\s+telefono`, 'telefoonnummer', String.raw`numer\s+telefonu`],
  birthday: [
    'birthday', String.raw`date\s+of\s+birth`, 'cumpleaños', String.raw`fecha\s+de\s+nacimiento`, 'anniversaire', String.raw`date\s+de\s+naissance`, 'geburtstag', 'geburtsdatum',
    'aniversário', String.raw`data\s+de\s+nascimento`, 'compleanno', String.raw`data\s+di\s+nascita`, 'verjaardag', 'geboortedatum', 'urodziny', String.raw`data\s+urodzenia`,
  ],
  location: [
    'location', 'hometown', 'ubicación', String.raw`ciudad\s+natal`, 'localisation', String.raw`ville\s+d'origine`, 'standort', 'wohnort', 'heimatstadt',
    'localização', String.raw`cidade\s+natal`, 'posizione', String.raw`città\s+natale`, 'locatie', 'woonplaats', 'lokalizacja', String.raw`miasto\s+rodzinne`,
  ],
  friends: [String.raw`friends?\s+list`, String.raw`\bfriends\b`, 'amigos', String.raw`\bamis\b`, 'freunde', 'amici', 'vrienden', 'znajomi', 'przyjaciele'],
  contacts: [String.raw`\bcontacts\b`, String.raw`address\s+book`, 'contactos', String.raw`carnet\s+d'adresses`, 'kontakte', 'adressbuch', 'contatos', 'contatti', 'rubrica', 'contacten', 'adresboek', 'kontakty', String.raw`książk\p{L}*\s+adresow`],
  posts: [String.raw`\bposts\b`, 'publicaciones', 'publications', 'beiträge', 'publicações', 'posty'],
  photos: ['photos', 'fotos', String.raw`\bfoto\b`, 'zdjęcia', 'videos', 'vídeos', 'vidéos'],
  likes: [String.raw`\blikes\b`, String.raw`me\s+gusta`, String.raw`j'aime`, String.raw`gefällt\s+mir`, 'curtidas', String.raw`mi\s+piace`, 'vind-ik-leuks', 'polubienia'],
  messages: [String.raw`\bmessages\b`, 'mensajes', 'nachrichten', 'mensagens', 'messaggi', 'wiadomości', String.raw`\be-?mails\b`],
  files: [String.raw`\bfiles\b`, 'archivos', 'fichiers', 'dateien', 'arquivos', 'ficheiros', 'bestanden', 'pliki', 'documents'],
  calendar: ['calendar', 'calendario', 'calendrier', 'kalender', 'calendário', 'kalendarz'],
  publish: [String.raw`on\s+your\s+behalf`, 'publish', 'publicar', 'publier', 'veröffentlichen', 'pubblicare', 'publiceren', 'publikować'],
  manage: [String.raw`\bmanage\b`, String.raw`\bdelete\b`, 'administrar', 'gérer', 'verwalten', 'gerenciar', 'gestire', 'beheren', 'zarządzać'],
  'offline-access': [
    String.raw`offline\s+access`, String.raw`(?:maintain|continue\s+to|ongoing)\s+access`, String.raw`next\s+\d+\s+days`, String.raw`acceso\s+continuo`, String.raw`accès\s+continu`,
    String.raw`dauerhafte[rn]?\s+zugriff`, String.raw`acesso\s+contínuo`, String.raw`accesso\s+continuo`, String.raw`doorlopende\s+toegang`, String.raw`stały\s+dostęp`,
  ],
};

/**
 * Every phrase of LINK_BANK, CONTACT_UPLOAD and BANK_CREDENTIALS has one of these nouns and one of
 * these verbs. The content script tests a label (or the words around a form) for both before it keeps
 * it for the responder, which matches the phrases: most labels of a page fail here, and "Contact us"
 * or "Online Banking" have a noun but no verb. Stems are picked not to hide in common words ("conti"
 * would pass every "Continue"); tests/unit/detect/gates.test.ts generates phrases and checks both.
 */
export const BANK_NOUN_STEMS = [
  'bank', 'banc', 'banq', 'checking', 'saving', 'current', 'courant', 'institu', 'credit union', ' rib', 'girokont', 'referenzkont', 'verrechnungskont', 'auszahlungskont', 'rekening', 'rachun', 'conto',
  'conta', ' conti',
];
export const CONTACT_NOUN_STEMS = [
  'contac', 'contat', 'kontakt', 'address book', 'addressbook', 'adressbuch', 'adresboek', 'adresow', 'libreta', 'carnet', 'phone book', 'phonebook',
  'telefonbuch', 'telefoonboek', 'agenda', 'rubric',
  'répertoire', 'friend', 'amig', 'amis', 'amie', 'amic', 'freund', 'vriend', 'znajom', 'przyjac', 'people', 'personas', 'persone', 'personnes',
  'pessoas', 'mensen', 'who you', 'gente', 'bekannte',
];
export const CUE_STEMS = [...BANK_NOUN_STEMS, ...CONTACT_NOUN_STEMS];

export const CUE_VERB_STEMS = [
  // en
  'link', 'connect', 'add', 'verif', 'sync', 'attach', 'authori', 'set up', 'upload', 'import', 'share', 'scan', 'access', 'invite', 'choose',
  'select', 'pick', 'find', 'search', 'discover', 'look for', 'see who', 'log', 'sign', 'login', 'credential', 'username', 'user name', 'user id',
  'password', 'passcode', 'pin', 'your bank',
  // es
  'vincul', 'conect', 'agreg', 'añad', 'enlaz', 'asoci', 'sincroniz', 'verific', 'sub', 'carg', 'carreg', 'compart', 'permit', 'invit', 'eleg',
  'selecciona', 'busc', 'encuentr', 'encontr', 'descubr', 'usuario', 'clave', 'contraseña', 'inicia', 'ingres', 'acced', 'acces', 'entra', 'entre',
  // fr
  'lie', 'reli', 'ajout', 'associ', 'synchronis', 'vérifi', 'rattach', 'télécharg', 'envoy', 'partag', 'autoris', 'trouv', 'retrouv', 'cherch',
  'découvr', 'identifiant', 'mot de passe', "code d'accès", 'code secret', 'sélectionn', 'choisi', 'recherch',
  // de
  'verbind', 'verknüpf', 'füg', 'synchronisier', 'koppel', 'verifizier', 'bestätig', 'hinterleg', 'bind', 'lade', 'hochlad', 'importier',
  'gleich', 'teil', 'freigeb', 'einlad', 'durchsuch', 'such', 'entdeck', 'erlaub', 'zugriff', 'zugangsdaten', 'anmeld', 'einlogg', 'wähl',
  'passwort', 'kennwort', 'deiner bank', 'ihrer bank',
  // pt
  'adicion', 'lig', 'cadastr', 'integr', 'envi', 'compartilh', 'partilh', 'convid', 'escolh', 'selecion', 'procur', 'senha',
  'usuário', 'dados de acesso', 'acess', 'faça login', 'busque', 'selecione', 'credencia', 'descobr',
  // it
  'colleg', 'connett', 'aggiung', 'sincronizz', 'abbin', 'caric', 'condivid', 'consent', 'scegli', 'selezion', 'trov', 'cerc', 'scopr',
  'credenzial', 'password', 'codice', 'accedi',
  // nl
  'voeg', 'synchroniseer', 'verifieer', 'verifiër', 'deel', 'importeer', 'nodig', 'geef', 'sta toegang', 'vind', 'zoek', 'ontdek', 'inlogged',
  'wachtwoord', 'pincode', 'meld', 'kies', 'uploaden', 'delen', 'doorzoeken', 'toevoegen',
  // pl
  'połącz', 'podłącz', 'dodaj', 'powiąż', 'synchronizuj', 'zweryfikuj', 'podepnij', 'prześlij', 'wyślij', 'importuj', 'udostępnij', 'zezwól',
  'zaproś', 'wybierz', 'znajdź', 'szukaj', 'wyszukaj', 'odkryj', 'dane', 'zaloguj', 'hasło',
];

/** The nouns of ADD_PAYMENT: read only on the payment apps' own sites, where that family counts. */
export const PAYMENT_STEMS = ['pay', 'pago', 'pagam', 'paie', 'zahlung', 'betaal', 'płatn', 'card', 'tarjet', 'carte', 'carta', 'cartã', 'cartõ', 'karte', 'kart', 'kaart'];

/** Longest text worth reading on a clickable element; longer ones are paragraphs, not prompts. */
export const MAX_CUE_TEXT = 120;
/** A prompt label is a few words; a sentence that mentions linking a bank is not a button. */
export const MAX_CUE_WORDS = 9;
