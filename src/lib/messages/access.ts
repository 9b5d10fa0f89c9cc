export const accessMessages = {
  unknownRole: (raw: string, allowed: readonly string[]) => `--role requires one of ${allowed.join(', ')}, got "${raw}"`,
  repNeedsTerritory: 'a rep requires --territory: reps see only their own territory',
  unknownTerritory: (id: string) => `territory ${id} is not in the workspace`,
} as const;
