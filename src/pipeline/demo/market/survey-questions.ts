/**
 * The demo survey's questionnaire: 32 Likert items in six batteries (needs, barriers, brand perception,
 * information sources, rep involvement, role in evaluation and purchase), importance items on 1–7 and
 * agreement or frequency items on 1–5. Each item carries the level (−1 low, 0 middle, +1 high) each
 * planted segment tends to answer, in `segments` order: Clinical innovators, Value guardians, Workflow
 * pragmatists, Loyal traditionalists. The levels are the planted truth of the attitudes; the pipeline sees
 * only the answers.
 */
export interface SurveyItem {
  readonly id: string;
  readonly battery: Battery;
  readonly text: string;
  readonly scaleMax: 5 | 7;
  readonly levels: readonly [number, number, number, number];
}

export const batteries = ['needs', 'barriers', 'brand_perception', 'information_sources', 'rep_involvement', 'role_in_purchase'] as const;
export type Battery = (typeof batteries)[number];

/** Answer labels by battery (Vagias 2006 style), stored as survey_questions.options: JSON {value: label}. */
const scaleLabels: Readonly<Record<Battery, readonly string[]>> = {
  needs: ['not at all important', 'low importance', 'slightly important', 'moderately important', 'important', 'very important', 'extremely important'],
  barriers: ['not at all', 'slightly', 'moderately', 'very much', 'extremely'],
  brand_perception: ['strongly disagree', 'disagree', 'neither agree nor disagree', 'agree', 'strongly agree'],
  information_sources: ['never', 'rarely', 'sometimes', 'often', 'always'],
  rep_involvement: ['strongly disagree', 'disagree', 'neither agree nor disagree', 'agree', 'strongly agree'],
  role_in_purchase: ['strongly disagree', 'disagree', 'neither agree nor disagree', 'agree', 'strongly agree'],
};

/** The `options` JSON of an item: every scale point with its label. */
export const optionsJson = (q: SurveyItem): string => JSON.stringify(Object.fromEntries(scaleLabels[q.battery].map((label, k) => [String(k + 1), label])));

const item = (id: string, battery: Battery, scaleMax: 5 | 7, text: string, levels: SurveyItem['levels']): SurveyItem => ({
  id,
  battery,
  text,
  scaleMax,
  levels,
});

const needs = 'When choosing a peripheral vascular device, how important is';
const barrier = 'How much does this hold back adopting a new device at your institution:';
const brand = 'Meridian Vascular:';
const info = 'How often do you rely on';
const rep = 'Sales representatives:';
const roleText = 'In device decisions at your institution:';

export const surveyItems: readonly SurveyItem[] = [
  item('need_clinical_evidence', 'needs', 7, `${needs} strong clinical evidence (trials, long-term patency)`, [1, 0, -0.5, 0]),
  item('need_outcomes', 'needs', 7, `${needs} better long-term patient outcomes`, [1, 0, 0, 0.5]),
  item('need_ease_of_use', 'needs', 7, `${needs} ease of use in the procedure room`, [0, -0.5, 1, 0.5]),
  item('need_total_cost', 'needs', 7, `${needs} the lowest total cost per procedure`, [-1, 1, 0, -0.5]),
  item('need_ehr_integration', 'needs', 7, `${needs} integration with our EHR and inventory systems`, [-0.5, 0, 1, -1]),
  item('need_training_support', 'needs', 7, `${needs} training and in-service support for staff`, [-0.5, -0.5, 1, 0.5]),
  item('need_innovation', 'needs', 7, `${needs} access to the newest technology`, [1, -1, 0, -1]),
  item('barrier_budget', 'barriers', 5, `${barrier} budget constraints`, [-0.5, 1, 0, 0]),
  item('barrier_evidence', 'barriers', 5, `${barrier} not enough evidence for new devices`, [-1, 0.5, 0, 1]),
  item('barrier_switching', 'barriers', 5, `${barrier} the effort of switching from current devices`, [-1, 0, 0.5, 1]),
  item('barrier_vac_process', 'barriers', 5, `${barrier} a lengthy value-analysis committee process`, [1, -0.5, 0, 0]),
  item('barrier_it_integration', 'barriers', 5, `${barrier} IT integration requirements`, [-0.5, 0, 1, -0.5]),
  item('barrier_satisfied_current', 'barriers', 5, `${barrier} we are satisfied with our current vendor`, [-1, 0, 0, 1]),
  item('brand_innovative', 'brand_perception', 5, `${brand} is innovative`, [1, 0, 0, -0.5]),
  item('brand_reliable', 'brand_perception', 5, `${brand} its products are reliable`, [0, 0, 0.5, 0]),
  item('brand_value', 'brand_perception', 5, `${brand} offers good value for money`, [0, -1, 0, 0]),
  item('brand_evidence', 'brand_perception', 5, `${brand} backs its products with strong evidence`, [1, 0, 0, -0.5]),
  item('brand_service', 'brand_perception', 5, `${brand} its service and support are responsive`, [0, 0, -0.5, 0.5]),
  item('brand_loyalty', 'brand_perception', 5, 'I prefer to stay with device brands I have used for years', [-1, 0, 0, 1]),
  item('info_journals', 'information_sources', 5, `${info} peer-reviewed journals`, [1, -0.5, -0.5, 0]),
  item('info_conferences', 'information_sources', 5, `${info} medical conferences and congresses`, [1, -1, -0.5, 0]),
  item('info_sales_reps', 'information_sources', 5, `${info} sales representatives`, [-0.5, 0, 0.5, 1]),
  item('info_gpo', 'information_sources', 5, `${info} GPO and contracting resources`, [-1, 1, 0, -0.5]),
  item('info_peers', 'information_sources', 5, `${info} colleagues and peers`, [0, 0, 0.5, 0.5]),
  item('info_webinars', 'information_sources', 5, `${info} webinars and online training`, [0, 0.5, 1, -1]),
  item('rep_value_visits', 'rep_involvement', 5, `${rep} their visits are a good use of my time`, [-0.5, -0.5, 0.5, 1]),
  item('rep_case_support', 'rep_involvement', 5, `${rep} I rely on them for in-case technical support`, [-0.5, -1, 1, 1]),
  item('rep_prefer_remote', 'rep_involvement', 5, `${rep} I prefer remote or digital contact to in-person visits`, [0, 1, 0, -1]),
  item('role_evaluates_products', 'role_in_purchase', 5, `${roleText} I take part in evaluating new devices`, [1, 0.5, 0.5, 0]),
  item('role_purchase_authority', 'role_in_purchase', 5, `${roleText} I have the final say on purchases`, [0, 1, -0.5, 0]),
  item('role_vac_member', 'role_in_purchase', 5, `${roleText} I take part in value-analysis committee decisions`, [0, 1, 0, -0.5]),
  item('role_influences_peers', 'role_in_purchase', 5, `${roleText} colleagues come to me for advice on devices`, [1, -0.5, 0, 0]),
];
