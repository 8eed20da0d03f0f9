// Units at the edges: SI inside the engine and the document, display units for SI or IP users.
export { displayUnit, fromDisplay, toDisplay, UNIT_TABLE, type UnitSystem, type DisplayUnit } from './table';
export { formatQuantity, formatNumber, type FormatOptions } from './format';
export { parseQuantity, type ParseResult } from './parse';
export { quantityAt } from './kinds';
