"""Reference side of bench/network.ts: PageRank of the same graph with python-igraph (PRPACK) and networkx.

Reads the graph bench/network.ts wrote (DIR/graph.json + int32/float64 little-endian arrays u, v, w),
builds an igraph Graph (directed, weighted) and prints "ready". Then, per line on stdin:
  igraph            → times g.pagerank(weights="weight", damping=0.85, directed=True) (PRPACK; dangling
                      nodes spread uniformly, as networkx does by default); prints seconds
  networkx M FILE   → builds nx.DiGraph from the first M edges (timed apart) and times nx.pagerank on it
                      (alpha 0.85, tol 1e-6 x N, dangling = uniform); compares with Segmap's scores for the
                      same prefix graph in FILE; prints "build_seconds pagerank_seconds nodes max_abs_diff"
  compare FILE      → reads Segmap's float64 scores from FILE and prints the largest |difference| with the
                      last igraph result
  quit
The caller alternates runs with its own, so both sides see the same load on a shared machine.

  OMP_NUM_THREADS=1 /usr/bin/python3 bench/network_ref.py DIR
"""
import json
import os
import sys
import time

import igraph
import networkx as nx
import numpy as np


def main():
    d = sys.argv[1]
    with open(os.path.join(d, "graph.json")) as f:
        h = json.load(f)
    n, m = h["nodes"], h["edges"]
    u = np.fromfile(os.path.join(d, "u.bin"), dtype="<i4")
    v = np.fromfile(os.path.join(d, "v.bin"), dtype="<i4")
    w = np.fromfile(os.path.join(d, "w.bin"), dtype="<f8")
    g = igraph.Graph(n=n, edges=np.column_stack([u, v]).tolist(), directed=True)
    g.es["weight"] = w.tolist()
    print("versions", igraph.__version__, nx.__version__, np.__version__, flush=True)
    print("ready", flush=True)
    ig_scores = None
    for line in sys.stdin:
        cmd = line.split()
        if not cmd or cmd[0] == "quit":
            break
        if cmd[0] == "igraph":
            t = time.perf_counter()
            ig_scores = np.array(g.pagerank(weights="weight", damping=0.85, directed=True))
            print(time.perf_counter() - t, flush=True)
        elif cmd[0] == "networkx":
            k = int(cmd[1])
            t = time.perf_counter()
            G = nx.DiGraph()
            G.add_nodes_from(range(int(max(u[:k].max(), v[:k].max())) + 1))
            G.add_weighted_edges_from(zip(u[:k].tolist(), v[:k].tolist(), w[:k].tolist()))
            built = time.perf_counter() - t
            t = time.perf_counter()
            pr = nx.pagerank(G, alpha=0.85)
            took = time.perf_counter() - t
            ours = np.fromfile(cmd[2], dtype="<f8")
            theirs = np.array([pr[i] for i in range(len(ours))])
            print(built, took, G.number_of_nodes(), float(np.abs(ours - theirs).max()), flush=True)
            del G, pr
        elif cmd[0] == "compare":
            ours = np.fromfile(cmd[1], dtype="<f8")
            print(float(np.abs(ours - ig_scores).max()) if ig_scores is not None else "nan", flush=True)


if __name__ == "__main__":
    main()
