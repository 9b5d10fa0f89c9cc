#!/usr/bin/python3
"""Reference PageRank and strengths from networkx 2.8.8 (Debian python3-networkx) on real graphs.

Run from the repository root:
    /usr/bin/python3 test/reference/network/make.py
Writes test/reference/network/pagerank.json, read by src/core/network/pagerank.test.ts and
test/reference/network/cms-graphs.test.ts.

Graphs (all real topologies; the orientation and weight rules below are repeated in the TS tests):
  karate-undirected   Zachary's karate club as shipped in networkx (weighted, undirected).
  karate-directed     each karate edge oriented from the endpoint of lower degree to the one of higher
                      degree (ties: lower node index first), so the two leaders become sinks (dangling);
                      plus a self-loop of weight 2 on every node whose index is divisible by 7.
  lesmis-directed     Les Miserables co-appearance graph, weighted, oriented the same way.
  florentine-personal Florentine families (unweighted, Pucci isolated = dangling), oriented the same way,
                      alpha 0.9, personalization {Medici: 1, Strozzi: 2}, dangling {Pucci: 1, Albizzi: 3}.
  cms-clinicians      ../shared/data/cms-doctors-clinicians-maine: within each ZIP5, every clinician of a
                      referring specialty (NURSE PRACTITIONER, PHYSICIAN ASSISTANT, FAMILY PRACTICE,
                      INTERNAL MEDICINE, GENERAL PRACTICE) -> every clinician of another specialty in that ZIP5;
                      weight (shared patients stand-in) = 1 + (npi_from mod 97 * npi_to mod 89) mod 10.
  cms-hospitals       ../shared/data/cms-hospital-general-information: within each (State, County/Parish),
                      every Critical Access Hospital -> every Acute Care Hospital, and every Acute Care
                      Hospital -> every Acute Care Hospital with a larger Facility ID; weight = the receiving
                      hospital's "Count of Facility TE Measures", 0 when "Not Available" (zero-weight edges,
                      so some senders are dangling although they have edges).
For each graph the fixture stores nx.pagerank (alpha 0.85 unless stated, tol 1e-6, max_iter 100), the
weighted in/out degree (strength), and the smallest max_iter for which networkx converges.
"""
import json
import os

import networkx as nx
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))
REFERRERS = {"NURSE PRACTITIONER", "PHYSICIAN ASSISTANT", "FAMILY PRACTICE", "INTERNAL MEDICINE", "GENERAL PRACTICE"}


def oriented(g, weighted=True):
    """Directed copy: each edge from the lower-degree endpoint to the higher (ties: lower index)."""
    order = {node: i for i, node in enumerate(g.nodes)}
    rank = {node: (g.degree(node), order[node]) for node in g.nodes}
    d = nx.DiGraph()
    d.add_nodes_from(g.nodes)
    for u, v, data in g.edges(data=True):
        a, b = (u, v) if rank[u] < rank[v] else (v, u)
        d.add_edge(a, b, weight=data.get("weight", 1) if weighted else 1)
    return d


def iterations_needed(g, **kw):
    for k in range(1, 101):
        try:
            nx.pagerank(g, max_iter=k, **kw)
            return k
        except nx.PowerIterationFailedConvergence:
            pass
    return None


def describe(g, edges_inline, **kw):
    pr = nx.pagerank(g, **kw)
    directed = g.is_directed()
    ins = dict(g.in_degree(weight="weight")) if directed else dict(g.degree(weight="weight"))
    outs = dict(g.out_degree(weight="weight")) if directed else ins
    out = {
        "networkx": nx.__version__,
        "directed": directed,
        "nodes": len(g),
        "edges": g.number_of_edges(),
        "dangling": sum(1 for n in g if (outs[n] == 0)),
        "iterations": iterations_needed(g, **kw),
        "options": {k: v for k, v in kw.items()},
        "expected": {str(n): [pr[n], float(ins[n]), float(outs[n])] for n in g.nodes},
    }
    if edges_inline:
        out["nodeOrder"] = [str(n) for n in g.nodes]
        out["edgeList"] = [[str(u), str(v), float(d.get("weight", 1))] for u, v, d in g.edges(data=True)]
    return out


def cms_clinicians():
    df = pd.read_csv(os.path.join(SHARED, "cms-doctors-clinicians-maine", "dac_maine_clinicians.csv"), dtype=str)
    g = nx.DiGraph()
    for _, group in df.groupby("ZIP5"):
        rows = list(zip(group["NPI"], group["Primary Specialty"]))
        for a, sa in rows:
            if sa not in REFERRERS:
                continue
            for b, sb in rows:
                if sb == sa or a == b:
                    continue
                g.add_edge(a, b, weight=1 + ((int(a) % 97) * (int(b) % 89)) % 10)
    return g


def cms_hospitals():
    df = pd.read_csv(os.path.join(SHARED, "cms-hospital-general-information", "Hospital_General_Information.csv"), dtype=str)
    g = nx.DiGraph()
    for _, group in df.groupby(["State", "County/Parish"]):
        rows = list(zip(group["Facility ID"], group["Hospital Type"], group["Count of Facility TE Measures"]))
        for a, ta, _ in rows:
            for b, tb, te in rows:
                w = 0 if te == "Not Available" else int(te)
                if ta == "Critical Access Hospitals" and tb == "Acute Care Hospitals":
                    g.add_edge(a, b, weight=w)
                elif ta == "Acute Care Hospitals" and tb == "Acute Care Hospitals" and a < b:
                    g.add_edge(a, b, weight=w)
    return g


def main():
    karate = nx.karate_club_graph()
    kd = oriented(karate)
    for node in list(kd.nodes):
        if node % 7 == 0:
            kd.add_edge(node, node, weight=2)
    flor = oriented(nx.florentine_families_graph(), weighted=False)
    fixtures = {
        "karate-undirected": describe(karate, True),
        "karate-directed": describe(kd, True),
        "lesmis-directed": describe(oriented(nx.les_miserables_graph()), True),
        "florentine-personal": describe(
            flor, True, alpha=0.9, personalization={"Medici": 1, "Strozzi": 2}, dangling={"Pucci": 1, "Albizzi": 3}
        ),
        "cms-clinicians": describe(cms_clinicians(), False),
        "cms-hospitals": describe(cms_hospitals(), False),
    }
    with open(os.path.join(HERE, "pagerank.json"), "w") as f:
        json.dump(fixtures, f, indent=None, separators=(",", ":"))
        f.write("\n")
    for name, fx in fixtures.items():
        print(name, fx["nodes"], "nodes", fx["edges"], "edges", fx["dangling"], "dangling", fx["iterations"], "iterations")


if __name__ == "__main__":
    main()
