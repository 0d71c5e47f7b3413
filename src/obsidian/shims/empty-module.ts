// Stands in for Node's fs in the plugin bundle: gray-matter imports it for
// matter.read(), which the plugin never calls.
export {};
