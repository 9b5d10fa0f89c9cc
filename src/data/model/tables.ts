/**
 * The importable tables of the data model, field by field. Must agree with migrations/001-initial.ts
 * (tables.test.ts compares them with the migrated schema). Every table also has the governance fields
 * `source` and `last_verified`, added by `withGovernance`.
 */
import { accountTypes, entityKinds, questionTypes } from './enums.js';
import type { FieldModel, Reference, TableModel } from './table-model.js';

const governance: readonly FieldModel[] = [
  { name: 'source', type: 'varchar', governance: true },
  { name: 'last_verified', type: 'date', governance: true },
];

const ref = (field: string, table: string, column: string, enforce: Reference['enforce'] = 'import'): Reference => ({ field, table, column, enforce });

function table(name: string, key: readonly string[], primaryKey: boolean, fields: readonly FieldModel[], references: readonly Reference[] = []): TableModel {
  return { name, key, primaryKey, fields: [...fields, ...governance], references };
}

const v = (name: string, extra: Partial<FieldModel> = {}): FieldModel => ({ name, type: 'varchar', ...extra });
const req = (name: string, extra: Partial<FieldModel> = {}): FieldModel => ({ name, type: 'varchar', required: true, ...extra });

export const tableModels: readonly TableModel[] = [
  table('territories', ['territory_id'], true, [req('territory_id'), v('name'), v('rep_name'), v('rep_email'), v('region')]),
  table('products', ['product_id'], true, [req('product_id'), v('name'), v('category'), v('buying_process')]),
  table(
    'accounts',
    ['account_id'],
    true,
    [
      req('account_id'), req('name'), req('type', { enum: accountTypes }), v('parent_id'), v('gpo_id'), v('state'), v('zip'), v('city'),
      v('region'), v('territory_id'), { name: 'beds', type: 'integer', check: 'nonNegative' }, v('service_lines'),
      { name: 'has_vac', type: 'boolean' }, v('ehr_vendor'), v('installed_vendors'),
    ],
    [ref('parent_id', 'accounts', 'account_id', 'validate'), ref('gpo_id', 'accounts', 'account_id', 'validate'), ref('territory_id', 'territories', 'territory_id', 'validate')],
  ),
  table(
    'stakeholders',
    ['stakeholder_id'],
    false,
    [
      req('stakeholder_id'), v('npi', { check: 'npi' }), v('name'), req('role'), v('specialty'), v('department'), v('account_id'),
      v('territory_id'), v('state'), v('zip'), { name: 'consent_email', type: 'boolean' }, { name: 'consent_call', type: 'boolean' },
    ],
    [ref('account_id', 'accounts', 'account_id'), ref('territory_id', 'territories', 'territory_id', 'validate')],
  ),
  table('kol_signals', ['stakeholder_id', 'kind', 'period'], false,
    [req('stakeholder_id'), req('kind'), { name: 'value', type: 'double', required: true }, v('period')],
    [ref('stakeholder_id', 'stakeholders', 'stakeholder_id')]),
  table('affiliations', ['stakeholder_id', 'account_id', 'kind'], false,
    [req('stakeholder_id'), req('account_id'), v('kind'), { name: 'weight', type: 'double', check: 'nonNegative' }],
    [ref('stakeholder_id', 'stakeholders', 'stakeholder_id'), ref('account_id', 'accounts', 'account_id')]),
  table('referrals', ['from_id', 'to_id'], false,
    [req('from_id'), req('to_id'), { name: 'shared_patients', type: 'integer', check: 'nonNegative', suppressedFlag: 'suppressed' }, { name: 'suppressed', type: 'boolean' }],
    [ref('from_id', 'stakeholders', 'stakeholder_id'), ref('to_id', 'stakeholders', 'stakeholder_id')]),
  table('volumes', ['entity_kind', 'entity_id', 'code', 'period'], false,
    [
      req('entity_id'), req('entity_kind', { enum: entityKinds, enumType: 'entity_kind_code' }), req('code'), req('period'),
      { name: 'count', type: 'integer', check: 'nonNegative', suppressedFlag: 'suppressed' }, { name: 'suppressed', type: 'boolean' },
    ],
    [
      { ...ref('entity_id', 'stakeholders', 'stakeholder_id'), when: { field: 'entity_kind', equals: 'stakeholder' } },
      { ...ref('entity_id', 'accounts', 'account_id'), when: { field: 'entity_kind', equals: 'account' } },
    ]),
  table('sales', ['account_id', 'product_id', 'period'], false,
    [req('account_id'), req('product_id'), req('period'), { name: 'units', type: 'double' }, { name: 'revenue', type: 'double' }],
    [ref('account_id', 'accounts', 'account_id'), ref('product_id', 'products', 'product_id', 'validate')]),
  table('survey_questions', ['question_id'], true, [
    req('question_id'), v('text'), req('type', { enum: questionTypes }), v('battery'),
    { name: 'scale_min', type: 'integer' }, { name: 'scale_max', type: 'integer' }, v('options'),
  ]),
  table('survey_respondents', ['respondent_id'], true,
    [req('respondent_id'), v('stakeholder_id'), { name: 'duration_seconds', type: 'double', check: 'nonNegative' }, { name: 'completed_at', type: 'timestamp' }, { name: 'weight', type: 'double', check: 'nonNegative' }],
    [ref('stakeholder_id', 'stakeholders', 'stakeholder_id')]),
  table('survey_responses', ['respondent_id', 'question_id'], false,
    [req('respondent_id'), req('question_id'), { name: 'value', type: 'double' }, v('value_text')],
    [ref('respondent_id', 'survey_respondents', 'respondent_id'), ref('question_id', 'survey_questions', 'question_id')]),
  table('engagement_events', ['event_id'], false,
    [req('event_id'), v('stakeholder_id'), v('account_id'), v('channel'), v('type'), v('asset'), { name: 'ts', type: 'timestamp' }],
    [ref('stakeholder_id', 'stakeholders', 'stakeholder_id'), ref('account_id', 'accounts', 'account_id')]),
];

export const tableNames: readonly string[] = tableModels.map((t) => t.name);

export function tableModel(name: string): TableModel | undefined {
  return tableModels.find((t) => t.name === name);
}
