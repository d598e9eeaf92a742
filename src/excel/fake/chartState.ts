/** What the in-memory Excel keeps of a chart: what ThiDua sets, with its ranges as "Sheet!A1:B2" (no $). */
export interface FakeChartSeriesState {
  name: string;
  /** The values' and categories' ranges ("Xếp hạng!C9:C48"), null until set. */
  values: string | null;
  categories: string | null;
  /** Absent = the chart's type. */
  chartType?: string;
  markerStyle?: string;
  lineStyle?: string;
  lineColor?: string;
  fill?: string;
  hasDataLabels?: boolean;
}

export interface FakeChartState {
  name: string;
  type: string;
  /** setPosition's cells; null until positioned. */
  position: { start: string; end: string } | null;
  title: string;
  legend: { visible: boolean; position: string };
  valueAxis: { minimum?: number; maximum?: number; numberFormat?: string; reversePlotOrder?: boolean; position?: string };
  categoryAxis: { reversePlotOrder: boolean };
  series: FakeChartSeriesState[];
}

export function newChartState(name: string, type: string, series: FakeChartSeriesState[]): FakeChartState {
  return { name, type, position: null, title: "", legend: { visible: true, position: "Right" }, valueAxis: {}, categoryAxis: { reversePlotOrder: false }, series };
}
