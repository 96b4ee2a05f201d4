/** The cache keys of client health, decision worksheets and exits: the one place they are written (TanStack Query). */
export const exitKeys = {
  healthAll: ["health"] as const,
  health: (clientId: string, months = 12) => ["health", clientId, months] as const,
  /** The dashboard's pages of warned clients. */
  warningPages: ["health", "warnings", "pages"] as const,
  /** One client's warning, if any. */
  warningOf: (clientId: string) => ["health", "warnings", "client", clientId] as const,
  settings: ["health", "settings"] as const,
  decisions: (clientId: string) => ["decisions", clientId] as const,
  decision: (id: string) => ["decision", id] as const,
  exits: (clientId: string) => ["exits", clientId] as const,
  exit: (id: string) => ["exit", id] as const,
  letters: (id: string) => ["exit-letter", id] as const,
  letter: (id: string, lang: string) => ["exit-letter", id, lang] as const,
  evidence: (clientId: string) => ["exit-evidence", clientId] as const,
  milestones: (mandateId: string) => ["milestones", mandateId] as const,
};
