/**
 * Web-agency vocabulary shared by French (Québec) and English, as data. Each concept lists words or phrases that a
 * client or a studio uses for the same thing; a text that contains any of them also gets the concept's term
 * (`~form`, `~homepage`…), so "formulaire" in a French claim meets "contact form" in an English offer.
 *
 * Matching is by stem and without accents or case ("Infolettres" finds "infolettre"); a phrase matches the same words
 * in a row, stop words included ("page d'accueil", "nom de domaine", "about us"). Keep the entries specific: a word
 * that belongs to many concepts ("page", "site", "texte") would only add noise.
 *
 * Each row is `[concept, "term|term|…"]`: the concept's short English name, emitted as the term `~concept`, then the
 * words and phrases, French and English, as a person writes them, separated by "|". A word written with a capital
 * ("About") is a name: it matches only when written so (« About » the page, not « about » the preposition). Notes: "news" and
 * "nouvelles" are left out because their stems are "new" and "nouvel", "jobs" because "c'est votre job" is not a
 * careers page; "site" and "web" are left out because every claim is about the site.
 */
export const DOMAIN_SYNONYMS: readonly (readonly [concept: string, terms: string])[] = [
  ["homepage", "page d'accueil|accueil|homepage|home page|home|page principale"],
  ["landing", "landing page|landing|page d'atterrissage|page de destination"],
  ["form", "formulaire|form|webform|champ|field|soumission|submit"],
  ["contact", "contact|contactez-nous|nous joindre|joindre|contact us|get in touch"],
  ["newsletter", "infolettre|newsletter|bulletin|mailchimp|liste d'envoi|mailing list|abonnement courriel"],
  [
    "email",
    "courriel|email|mail|courrier électronique|adresse courriel|" +
      "mailbox|boîte courriel|outlook|office 365|google workspace|gmail",
  ],
  ["menu", "menu|navigation|nav|navbar|barre de navigation|sous-menu|submenu|hamburger"],
  [
    "mobile",
    "responsive|mobile|adaptatif|adaptative|cellulaire|cell|" +
      "téléphone intelligent|smartphone|tablette|tablet|iphone|android|ipad",
  ],
  [
    "seo",
    "seo|référencement|moteur de recherche|moteurs de recherche|search engine|google ranking|meta description|" +
      "métadonnées|metadata|balises|sitemap|plan du site|mots-clés|keywords|google",
  ],
  [
    "translation",
    "traduction|traduire|translation|translate|bilingue|bilingual|" +
      "version anglaise|english version|version française|french version|wpml|polylang|weglot|" +
      "langue|language|changer de langue|sélecteur de langue|language switch|language switcher",
  ],
  ["hosting", "hébergement|héberger|hosting|host|serveur|server|cpanel|hébergeur"],
  ["mockup", "maquette|mockup|mock-up|wireframe|figma|prototype|design|conception graphique|visual design"],
  ["template", "gabarit|template|thème|theme|mise en page|layout"],
  [
    "display",
    "affichage|afficher|s'afficher|display|displays|displayed|écran|screen|déborde|déborder|dépasse|dépasser|" +
      "overflow|overflows|chevauche|chevaucher|overlap|overlaps|overlapping|css",
  ],
  ["copywriting", "rédaction|rédiger|copywriting|copywriter|écrire|write|wording|réécrire|rewrite"],
  ["content", "contenu|contenus|content|texte|textes|text|texts|copy"],
  [
    "image",
    "image|photo|visuel|picture|pic|photographie|banque d'images|stock photo|illustration|" +
      "flou|floue|floues|blurry|étiré|étirée|étirées|stretched|recadrage|recadrer|crop|cropped|" +
      "pixelisé|pixelisée|pixelisées|pixelated|pixellated|basse résolution|low resolution",
  ],
  [
    "photoshoot",
    "photographie|photography|photographier|photographe|photographer|shooting|shooting photo|séance photo|" +
      "photo shoot|photoshoot|prendre des photos|take photos",
  ],
  ["video", "vidéo|video|youtube|vimeo"],
  [
    "branding",
    "logo|identité visuelle|branding|brand|" +
      "image de marque|charte graphique|style guide|brand guidelines|normes graphiques",
  ],
  ["blog", "blogue|blog|billet|actualités|article"],
  [
    "shop",
    "boutique|shop|store|e-commerce|ecommerce|" + "commerce en ligne|boutique en ligne|magasin|shopify|woocommerce",
  ],
  ["product", "produit|product|fiche produit|product page|sku"],
  [
    "payment",
    "paiement|payment|payer|pay|checkout|caisse|" +
      "stripe|paypal|carte de crédit|credit card|passerelle de paiement|payment gateway",
  ],
  ["cart", "panier|cart|shopping cart|basket"],
  [
    "shipping",
    "livraison|shipping|expédition|frais de port|" + "frais de livraison|postes canada|canada post|purolator|ship",
  ],
  ["tax", "taxe|tax|tps|tvq|tvh|gst|qst|hst|tva|vat"],
  [
    "currency",
    "devise|currency|dollar|dollars|cad|usd|dollars canadiens|dollars américains|canadian dollars|us dollars",
  ],
  ["inventory", "inventaire|inventory|stock|rupture de stock|out of stock"],
  ["variant", "variante|variant|taille|size|déclinaison|grandeur"],
  ["category", "catégorie|category|collection|filtre|filter|tri|sort"],
  ["discount", "code promo|promo code|rabais|discount|coupon|solde|sale|code de réduction"],
  ["backup", "sauvegarde|backup|back-up|copie de sécurité|restauration|restore|restaurer"],
  ["update", "mise à jour|mises à jour|update|upgrade|mettre à jour|maj|maintenance|entretien"],
  ["plugin", "plugin|plug-in|extension|module|add-on|addon|widget"],
  [
    "security",
    "sécurité|security|ssl|https|sécuritaire|sécurisé|secure|certificat|certificate|" +
      "piratage|piraté|hack|hacked|malware|virus|pare-feu|firewall|spam",
  ],
  ["domain", "nom de domaine|domaine|domain|dns|godaddy|registraire|registrar|url"],
  [
    "defect",
    "bogue|bug|beug|plante|planter|crash|brisé|broken|erreur|error|glitch|" +
      "réparer|repair|fix|fixer|marche pas|fonctionne pas|doesn't work|not working|does not work|défectueux|defect|issue",
  ],
  [
    "speed",
    "vitesse|rapidité|performance|lent|lente|lenteur|slow|" +
      "speed|chargement|loading|load time|pagespeed|core web vitals|rapide|fast",
  ],
  ["analytics", "analytics|google analytics|statistiques|stats|ga4|tracking|pixel|tag manager|conversion"],
  [
    "accessibility",
    "accessibilité|accessibility|accessible|a11y|wcag|sgqri|" +
      "contraste|contrast|lecteur d'écran|screen reader|texte alternatif|alt text",
  ],
  ["training", "formation|training|tutoriel|tutorial|former|montrer|guide|documentation|manuel|how to"],
  [
    "support",
    "support|soutien|assistance|aide|helpdesk|billet de support|ticket|" +
      "réponse|répondre|répondu|reply|replied|answer|answered|respond|response",
  ],
  ["map", "carte|map|google maps|plan d'accès|itinéraire|directions|localisation|location"],
  ["booking", "réservation|réserver|booking|book|rendez-vous|appointment|calendly|prise de rendez-vous"],
  ["calendar", "calendrier|calendar|agenda|événement|event"],
  ["social", "réseaux sociaux|médias sociaux|social media|social|facebook|instagram|linkedin|tiktok"],
  ["search", "recherche|search|barre de recherche|search bar|chercher"],
  [
    "account",
    "compte|account|connexion|login|log in|se connecter|espace membre|" +
      "members area|portail|mot de passe|password|mdp|inscription|inscrire|register|registration|sign up",
  ],
  [
    "cms",
    "wordpress|wp|cms|gestionnaire de contenu|back-end|backend|" +
      "admin|administration|tableau de bord|dashboard|gutenberg|elementor|divi",
  ],
  [
    "privacy",
    "témoins|cookies|cookie|loi 25|law 25|confidentialité|" +
      "privacy|politique de confidentialité|privacy policy|rgpd|gdpr|consentement|consent",
  ],
  [
    "legal",
    "mentions légales|conditions d'utilisation|terms of use|terms of service|" +
      "conditions générales|cgv|politique de retour|return policy|refund policy",
  ],
  ["footer", "pied de page|footer|bas de page"],
  ["header", "en-tête|entête|header|haut de page"],
  ["banner", "bannière|banner|hero|slider|carrousel|carousel|diaporama|slideshow|image principale"],
  ["gallery", "galerie|gallery|portfolio|réalisations|projets"],
  ["font", "police|typo|typographie|font|typeface|caractères"],
  ["color", "couleur|color|colour|palette"],
  ["icon", "icône|icon|pictogramme|picto|favicon"],
  [
    "launch",
    "mise en ligne|mettre en ligne|en ligne|lancement|lancer|launch|live|go live|" +
      "go-live|publication|publier|publish|déploiement|déployer|deploy|deployment",
  ],
  [
    "revision",
    "révision|revision|ronde de corrections|round of changes|corrections|correctifs|" +
      "modifications|changements|ajustements|tweaks|feedback|commentaires|retours|ronde|round|" +
      "3e version|troisième version|third version",
  ],
  [
    "staging",
    "environnement de test|staging|préproduction|préprod|" + "site de test|test site|dev site|site de développement",
  ],
  ["migration", "migration|migrer|transfert|transférer|déménager|migrate|transfer|import|importer|importation"],
  [
    "integration",
    "intégration|intégrer|integrate|integration|mettre le contenu|" +
      "ajouter le contenu|entrer le contenu|monter|upload|téléverser",
  ],
  [
    "qa",
    "vérifier|vérification|checker|check|tester|" +
      "qa|assurance qualité|quality assurance|relecture|proofreading|réviser",
  ],
  [
    "browser",
    "navigateur|browser|chrome|safari|firefox|" + "edge|internet explorer|compatibilité|compatibility|cross-browser",
  ],
  [
    "proofreading",
    "faute|fautes|faute d'orthographe|fautes d'orthographe|coquille|coquilles|orthographe|grammaire|typo|typos|" +
      "spelling|grammar|révision|révision linguistique|proofreading|proofread|relecture|relire",
  ],
  ["board", "ca|conseil|conseil d'administration|board|board of directors|présidente|président"],
  ["report", "rapport|report|reporting|bilan|compte rendu"],
  ["hours", "banque d'heures|bank of hours|heures|hours|hour|heure|forfait mensuel|retainer"],
  [
    "urgent",
    "urgence|urgent|emergency|délai de réponse|response time|sla|24/7|asap|au plus vite|rapidement|on call|de garde",
  ],
  [
    "afterhours",
    "fin de semaine|weekend|samedi|dimanche|saturday|sunday|soir|" +
      "soirée|evening|nuit|night|férié|holiday|hors des heures",
  ],
  [
    "redesign",
    "refonte|redesign|redesigned|redessiner|redessiné|redessinée|moderniser|moderne|modern|rafraîchir|" +
      "refresh|fresh|relooking|makeover|nouveau look|new look",
  ],
  ["pos", "point de vente|point of sale|pos|caisse enregistreuse|terminal"],
  ["sync", "synchronisation|synchroniser|sync|synchronize|connecter|connect|api|erp"],
  ["app", "application|app|appli"],
  ["english", "anglais|anglaise|english|anglophone|version anglaise|english version"],
  ["french", "français|française|french|francophone|version française|french version"],
  ["ads", "publicité|pub|ads|advertising|google ads|facebook ads|campagne|campaign|marketing|mise en marché"],
  ["uptime", "surveillance|monitoring|uptime|disponibilité|panne|outage|down|tombé|inaccessible|hors ligne|offline"],
  ["reviews", "avis|reviews|review|témoignages|testimonials|étoiles|ratings|évaluations"],
  ["faq", "faq|foire aux questions|questions fréquentes|frequently asked questions"],
  ["careers", "emplois|carrières|careers|offres d'emploi|job postings|recrutement"],
  ["about", "à propos|about us|about page|About|qui sommes-nous|notre équipe|our team|équipe|team"],
  ["purchase", "acheter|achat|achats|acheté|achetées|buy|bought|purchase|purchases|purchasing"],
  [
    "ordering",
    "commande en ligne|commander en ligne|online ordering|order online|takeout|take-out|à emporter|" +
      "doordash|uber eats|ubereats|skipthedishes|skip the dishes|delivery app|delivery apps",
  ],
  [
    "schedule",
    "semaine prochaine|next week|mois prochain|next month|en retard|late|retard|delay|plus tard|later|" +
      "au compte-gouttes|au fur et à mesure|après le début|avant le début|before development|by week|avant la semaine",
  ],
  [
    "phone",
    "appel|appeler|appelé|appelée|call|called|calling|phoned|phone call|by phone|par téléphone|au téléphone|" +
      "on the phone|coup de fil",
  ],
  ["chat", "clavardage|chat|live chat|messenger|chatbot|intercom|tawk"],
  ["sms", "texto|textos|texter|sms|text message|text messages|texted|texting|message texte|messages textes"],
  ["crm", "crm|hubspot|salesforce|zoho|pipedrive"],
  ["animation", "animation|animé|animated|effets|effects|parallax|transitions|hover"],
  ["redirect", "redirection|redirect|301|404|liens brisés|broken links|page introuvable|not found"],
  ["link", "lien|link|hyperlien|hyperlink|bouton|button|cta|call to action|appel à l'action"],
  ["pdf", "pdf|téléchargement|télécharger|download|brochure|fichier|file"],
  ["popup", "popup|pop-up|fenêtre surgissante|modale|modal"],
];
