#!/usr/bin/python3
"""CPU seconds of scikit-learn KMeans, for bench/kmeans.ts on a shared, loaded machine.

ref_sklearn.py (../shared/bench) reports wall-clock seconds, which on a busy 2-core VM measure the
queue as much as the work. This runs the same fits (k=5, n_init=10, k-means++, tol=1e-4, max_iter=300,
random_state=0, lloyd and elkan) with one thread and prints, per rep, wall and process CPU seconds
(time.process_time) as JSON lines.

    /usr/bin/python3 bench/kmeans_ref.py N REPS [DATA_DIR]
"""
import json
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402

n, reps = int(sys.argv[1]), int(sys.argv[2])
data = sys.argv[3] if len(sys.argv) > 3 else "/tmp/segbench-data"
with open(f"{data}/blobs_n{n}.json") as f:
    header = json.load(f)
X = np.fromfile(f"{data}/{header['file']}", dtype=header["dtype"]).reshape(header["n"], header["d"])
for algorithm in ("lloyd", "elkan"):
    for _ in range(reps):
        wall, cpu = time.perf_counter(), time.process_time()
        km = KMeans(5, n_init=10, algorithm=algorithm, tol=1e-4, max_iter=300, random_state=0).fit(X)
        print(json.dumps({"algorithm": algorithm, "n": n, "wall": time.perf_counter() - wall,
                          "cpu": time.process_time() - cpu, "inertia": float(km.inertia_), "iterations": int(km.n_iter_)}), flush=True)
