/**
 * The founding story's feedback lists. The first, received the day after delivery ("half of it is missing"): most of
 * it outside the signed offer, some done free as goodwill, alternatives proposed for the complex items. The second,
 * longer list arrives two weeks later and waits, untriaged.
 */
export const FIRST_LIST = `Bonjour Alexandre,

Le travail n'est pas livré, vous n'avez même pas pris en compte la moitié de ce qui a été demandé, le site est incomplet. Voici ce qui manque :

1. Le carrousel de la page d'accueil doit défiler automatiquement
2. Les pages ne s'affichent pas bien sur mobile
3. Ajouter une section « Nos bières » filtrable par style
4. Corriger le menu déroulant qui bogue sur iPhone
5. Changer la police et les couleurs du thème
6. Réécrire les textes de la page À propos
7. Intégrer la boutique Shopify dans le site
8. Ajouter les photos manquantes dans la galerie

Merci de faire ça rapidement, le client attend.

Julie Bergeron
Gestionnaire de projet, Agence Boréale`;

export const SECOND_LIST = `Bonjour,

Suite à notre rencontre avec le client, voici la liste complète de ce qui reste à faire avant la mise en ligne :

- Ajouter un calendrier des événements avec réservation en ligne
- Traduire tout le site en anglais
- Créer un compte Instagram intégré en page d'accueil
- Ajouter un formulaire de candidature avec téléversement de CV dans la page Emplois
- Optimiser le référencement (SEO) de toutes les pages
- Installer un module de carte-cadeau
- Refaire le logo en version vectorielle
- Ajouter une fenêtre de vérification de l'âge (18 ans et plus)
- Brancher l'infolettre sur Mailchimp
- Accélérer le chargement du site, il est lent
- Ajouter une page « Nos partenaires » avec les logos
- Mettre en place des sauvegardes automatiques et l'hébergement

Le client veut mettre en ligne la semaine prochaine.
Julie`;

/** How the collective triaged the first list, claim by claim (baseline found by the words of the clause). */
export type DemoTriage =
  | { outcome: "in_scope"; deliverable: string; hours: number }
  | { outcome: "change_order"; hours: number }
  | { outcome: "goodwill"; rationale: string; hours: number }
  | { outcome: "alternative"; alternative: string; rationale: string; hours: number }
  | { outcome: "declined"; exclusion: string; rationale: string };

export const FIRST_TRIAGE: DemoTriage[] = [
  { outcome: "change_order", hours: 6 },
  { outcome: "in_scope", deliverable: "mobile", hours: 1.5 },
  { outcome: "change_order", hours: 12 },
  {
    outcome: "goodwill",
    rationale: "Bogue du thème existant, corrigé une fois pour que la livraison soit utilisable.",
    hours: 3,
  },
  {
    outcome: "alternative",
    alternative:
      "Ajuster la police et deux couleurs dans l'outil de personnalisation du thème, sans toucher à son code.",
    rationale: "La refonte graphique du thème n'est pas prévue; un ajustement simple l'est.",
    hours: 2,
  },
  {
    outcome: "declined",
    exclusion: "Rédaction",
    rationale: "La rédaction des contenus est exclue de l'offre signée; l'agence fournit les textes.",
  },
  {
    outcome: "alternative",
    alternative:
      "Ajouter un bouton « Boutique » menant à la boutique Shopify existante plutôt qu'une intégration complète.",
    rationale: "Une intégration complète de Shopify est un projet en soi.",
    hours: 1,
  },
  { outcome: "goodwill", rationale: "Photos reçues après le début des travaux, ajoutées sans frais.", hours: 2 },
];
