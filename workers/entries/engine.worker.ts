// Web Worker entry: exposes the engine facade over comlink. Thin shim only.
import * as Comlink from 'comlink';
import { createEngine } from '../api';

Comlink.expose(createEngine(), self as unknown as Comlink.Endpoint);
