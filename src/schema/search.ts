// Filled in by the read-API work of issue 3.
export {};
