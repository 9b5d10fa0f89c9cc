/**
 * Which part of a segment card a variable informs: who they are (role, specialty, account type), drivers,
 * barriers, channels, information sources, rep involvement — from the survey battery when known
 * (survey_questions.battery), else from the variable's name. Unmatched variables still count in the
 * profile; they just do not fill a card section.
 *
 * @example
 * cardSection('barrier_budget');              // 'barriers'
 * cardSection('q17', 'information_sources');  // 'informationSources'
 */
export type CardSection = 'who' | 'drivers' | 'barriers' | 'channels' | 'informationSources' | 'repInvolvement' | 'other';

const byBattery: Readonly<Record<string, CardSection>> = {
  needs: 'drivers',
  drivers: 'drivers',
  barriers: 'barriers',
  information_sources: 'informationSources',
  rep_involvement: 'repInvolvement',
  role_in_purchase: 'who',
  channels: 'channels',
  engagement: 'channels',
};

const byName: readonly [RegExp, CardSection][] = [
  [/^(role|specialty|department|account_type|facility(_type)?|type|title|job)$/i, 'who'],
  [/barrier|obstacle|concern/i, 'barriers'],
  [/need|driver|importan|value_|benefit/i, 'drivers'],
  [/^info_|information|journal|conference|source/i, 'informationSources'],
  [/^rep_|sales_rep|rep_visit/i, 'repInvolvement'],
  [/channel|engagement|email|webinar|visit|event|demo_request/i, 'channels'],
];

export function cardSection(name: string, battery?: string | null): CardSection {
  if (battery && byBattery[battery]) return byBattery[battery] ?? 'other';
  return byName.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}
