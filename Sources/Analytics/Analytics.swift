/// Pure computations on numbers: the statistics every metric and comparison uses; no workspace, no terminal.
public enum Analytics {}
