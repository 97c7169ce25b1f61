// The registry's access facts as the kit consumes them: over HTTP with a service token, what a
// failure throws, and the per-request cache of decisions over them. `runSubgraph` wires these;
// the in-process hubs of tests and benchmarks wire them by hand.
export { AccessFactsUnavailable, httpFactsSource } from './access/facts-source.ts';
export { RequestAccess } from './access/request-access.ts';
