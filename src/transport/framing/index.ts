export { LineSplitter, DEFAULT_MAX_LINE_BYTES, type LineSplitterOptions } from './lineSplitter.js';
export { JsonLineDecoder, encodeJsonLine, type JsonLineSink } from './jsonLineCodec.js';
