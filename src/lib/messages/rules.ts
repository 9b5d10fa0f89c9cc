/**
 * Messages of rule segments, tags (memberships), call-list exports and governance.
 * House style: lowercase, no final period, name the thing.
 */
const list = (items: readonly string[]): string => items.map((i) => `\`${i}\``).join(', ');

export const rulesMessages = {
  unknownMembershipKind: (kind: string, allowed: readonly string[]) => `membership kind \`${kind}\` requires one of ${list(allowed)}`,
  unknownEntityKind: (kind: string, allowed: readonly string[]) => `entity kind \`${kind}\` requires one of ${list(allowed)}`,
  segmentationNameRequired: 'a membership record requires a segmentation name',
} as const;
