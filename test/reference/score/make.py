#!/usr/bin/python3
"""Reference cut points for the opportunity matrix on real CMS data (../shared/data).

Run from the repository root:
    /usr/bin/python3 test/reference/score/make.py
Writes test/reference/score/cuts.json, read by src/core/score/*.test.ts.

Data (each a real column; the TS tests read the same files through DuckDB):
  mspb       Medicare_Hospital_Spending_Per_Patient-Hospital.csv, column Score, numeric rows only
             (Medicare spending per beneficiary ratio, 2022; ~3,000 hospitals).
  te-count   Hospital_General_Information.csv, "Count of Facility TE Measures", numeric rows only
             (integers 1..12: heavy ties).
  zip-size   dac_maine_clinicians.csv: clinicians per ZIP5 (a skewed count, 141 values), log1p.

Jenks natural breaks: Fisher (1958), "On grouping for maximum homogeneity", JASA 53:789-798 — the exact
dynamic programme D[c][i] = min_j D[c-1][j-1] + SSE(x[j..i]) over the sorted values, written here plainly in
O(k n^2) (numpy for the inner minimum; the first minimum wins ties). Breaks are the upper bounds of classes
1..k-1, as R classInt's "fisher"/"jenks" style (min, b1, ..., max) without the ends.
Mixture: sklearn.mixture.GaussianMixture(n_components=2, reg_covar=1e-6, tol=1e-10, max_iter=10000,
n_init=10, random_state=0) on the column; components sorted by mean.
Quantiles: numpy.quantile (method "linear", Hyndman & Fan type 7).
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.mixture import GaussianMixture

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SEGMAP_SHARED_DATA", os.path.join(HERE, "..", "..", "..", "..", "shared", "data"))


def fisher_jenks(values, k):
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    s1 = np.concatenate([[0.0], np.cumsum(x - x[n // 2])])
    s2 = np.concatenate([[0.0], np.cumsum((x - x[n // 2]) ** 2)])

    def sse(j, i):  # vector over j (array), scalar i, inclusive
        cnt = i - j + 1
        s = s1[i + 1] - s1[j]
        return np.maximum(s2[i + 1] - s2[j] - s * s / cnt, 0.0)

    D = np.full((k, n), np.inf)
    B = np.zeros((k, n), dtype=int)
    D[0] = [sse(np.array([0]), i)[0] for i in range(n)]
    for c in range(1, k):
        for i in range(c, n):
            j = np.arange(c, i + 1)
            cost = D[c - 1][j - 1] + sse(j, i)
            best = int(np.argmin(cost))
            D[c][i] = cost[best]
            B[c][i] = j[best]
    starts = [0] * k
    end = n - 1
    for c in range(k - 1, 0, -1):
        starts[c] = B[c][end]
        end = starts[c] - 1
    breaks = [float(x[starts[c + 1] - 1]) for c in range(k - 1)]
    return {"breaks": breaks, "withinSs": float(D[k - 1][n - 1])}


def mixture(values):
    x = np.asarray(values, dtype=float).reshape(-1, 1)
    gm = GaussianMixture(n_components=2, reg_covar=1e-6, tol=1e-10, max_iter=10000, n_init=10, random_state=0).fit(x)
    order = np.argsort(gm.means_.ravel())
    return {
        "weights": gm.weights_[order].tolist(),
        "means": gm.means_.ravel()[order].tolist(),
        "variances": gm.covariances_.ravel()[order].tolist(),
        "logLikelihood": float(gm.score(x) * len(x)),
    }


def columns():
    hosp = os.path.join(SHARED, "cms-hospital-general-information")
    mspb = pd.read_csv(os.path.join(hosp, "Medicare_Hospital_Spending_Per_Patient-Hospital.csv"), dtype=str)
    general = pd.read_csv(os.path.join(hosp, "Hospital_General_Information.csv"), dtype=str)
    clin = pd.read_csv(os.path.join(SHARED, "cms-doctors-clinicians-maine", "dac_maine_clinicians.csv"), dtype=str)
    return {
        "mspb": pd.to_numeric(mspb["Score"], errors="coerce").dropna().to_numpy(),
        "te-count": pd.to_numeric(general["Count of Facility TE Measures"], errors="coerce").dropna().to_numpy(),
        "zip-size": np.log1p(clin.groupby("ZIP5").size().to_numpy().astype(float)),
    }


def main():
    out = {"sklearn": sklearn.__version__, "numpy": np.__version__}
    for name, x in columns().items():
        entry = {"n": int(len(x)), "jenks": {}}
        for k in (2, 3, 4, 5):
            entry["jenks"][str(k)] = fisher_jenks(x, k)
        entry["mixture"] = mixture(x)
        entry["quantiles"] = {str(q): float(np.quantile(x, q)) for q in (0, 0.1, 0.25, 0.5, 0.9, 0.95, 1)}
        out[name] = entry
        print(name, entry["n"], entry["jenks"]["3"]["breaks"], entry["mixture"]["means"])
    with open(os.path.join(HERE, "cuts.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
