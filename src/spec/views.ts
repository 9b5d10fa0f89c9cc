/**
 * The shapes the HTTP API answers with: the contract between server/ and web/ (web imports these as types).
 */
export interface PageOf<T> {
  readonly rows: readonly T[];
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

export interface SegmentSize {
  readonly segment: string;
  readonly count: number;
  readonly share: number;
}

export interface SegmentationSizes {
  readonly name: string;
  readonly label: string;
  readonly total: number;
  readonly sizes: readonly SegmentSize[];
}

export interface SegmentsView {
  readonly segmentations: readonly SegmentationSizes[];
}

export interface AccountView {
  readonly account_id: string;
  readonly name: string | null;
  readonly type: string | null;
  readonly territory_id: string | null;
  readonly score: number;
  readonly quadrant: string;
  readonly tier: string;
  readonly reason: string;
  readonly opportunity: number | null;
  readonly position: number | null;
}

export type CallListRowView = Readonly<Record<string, string | number | boolean | null>>;

export interface QuadrantCount {
  readonly quadrant: string;
  readonly count: number;
}

export interface TableHealth {
  readonly table: string;
  readonly rows: number;
  readonly stale: number;
}

export interface DataHealth {
  readonly tables: readonly TableHealth[];
  readonly imports: number;
  readonly rejectedRows: number;
  readonly staleAfterDays: number;
}

export interface ProfileCellView {
  readonly segment: string;
  readonly value: number | null;
  readonly index: number | null;
  readonly significance: string;
}

export interface ProfileVariableView {
  readonly name: string;
  readonly label: string;
  readonly test: string;
  readonly pValue: number | null;
  readonly effectSize: number | null;
  readonly cells: readonly ProfileCellView[];
}

export interface ProfileView {
  readonly segments: readonly string[];
  readonly variables: readonly ProfileVariableView[];
}

export interface SegmentCardView {
  readonly segment: string;
  readonly name: string;
  readonly headline: string;
  readonly sections: readonly { readonly title: string; readonly items: readonly string[] }[];
}

export interface TypingOptionView {
  readonly value: number;
  readonly label: string;
}

export interface TypingQuestionView {
  readonly id: string;
  readonly text: string;
  /** Empty for a numeric question, answered within `range`. */
  readonly options: readonly TypingOptionView[];
  readonly range?: { readonly min: number; readonly max: number };
}

export interface TypingFormView {
  readonly questions: readonly TypingQuestionView[];
  readonly segments: readonly { readonly id: string; readonly name: string }[];
  readonly threshold: number;
}

export interface TypingResultView {
  readonly done: boolean;
  readonly segment: string | null;
  readonly segmentName: string | null;
  readonly probability: number;
  readonly probabilities: readonly { readonly segment: string; readonly name: string; readonly probability: number }[];
  readonly next: TypingQuestionView | null;
  readonly answered: number;
  readonly card: SegmentCardView | null;
}
