/** The analyst workbook (profile.xlsx). */
export { writeProfileWorkbook, profileWorkbookBytes, type ProfileWorkbookInput } from './write-profile-workbook.js';
export { addNativeCharts, type ChartSpec, type ChartSeries } from './native-charts.js';
export { describeTest, formatP } from './describe-test.js';
export { writeCardsWorkbook } from './write-cards-workbook.js';
