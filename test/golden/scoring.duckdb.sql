SELECT
  "id" AS "id",
  CASE WHEN "probability" < CAST($1 AS DOUBLE) THEN CAST($2 AS VARCHAR) ELSE "segment" END AS "segment",
  "probability" AS "probability"
FROM (
  SELECT
    "id" AS "id",
    CASE WHEN "z0" = "m" THEN CAST($3 AS VARCHAR) WHEN "z1" = "m" THEN CAST($4 AS VARCHAR) ELSE CAST($5 AS VARCHAR) END AS "segment",
    CAST($6 AS DOUBLE) / (exp(greatest("z0" - "m", CAST($7 AS DOUBLE))) + exp(greatest("z1" - "m", CAST($8 AS DOUBLE))) + exp(greatest("z2" - "m", CAST($9 AS DOUBLE)))) AS "probability"
  FROM (
    SELECT
      "id" AS "id",
      "z0" AS "z0",
      "z1" AS "z1",
      "z2" AS "z2",
      greatest("z0", "z1", "z2") AS "m"
    FROM (
      SELECT
        "id" AS "id",
        CAST($10 AS DOUBLE) + CAST($11 AS DOUBLE) * "f0" + CAST($12 AS DOUBLE) * "f1" + CAST($13 AS DOUBLE) * "f2" + CAST($14 AS DOUBLE) * "f3" AS "z0",
        CAST($15 AS DOUBLE) + CAST($16 AS DOUBLE) * "f0" + CAST($17 AS DOUBLE) * "f1" + CAST($18 AS DOUBLE) * "f2" + CAST($19 AS DOUBLE) * "f3" AS "z1",
        CAST($20 AS DOUBLE) + CAST($21 AS DOUBLE) * "f0" + CAST($22 AS DOUBLE) * "f1" + CAST($23 AS DOUBLE) * "f2" + CAST($24 AS DOUBLE) * "f3" AS "z2"
      FROM (
        SELECT
          "stakeholder_id" AS "id",
          (coalesce(ln(1 + CAST("claims_volume" AS DOUBLE)), CAST($25 AS DOUBLE)) - CAST($26 AS DOUBLE)) / CAST($27 AS DOUBLE) AS "f0",
          (coalesce(CAST("pagerank" AS DOUBLE), CAST($28 AS DOUBLE)) - CAST($29 AS DOUBLE)) / CAST($30 AS DOUBLE) AS "f1",
          CASE WHEN CAST("specialty" AS VARCHAR) = CAST($31 AS VARCHAR) THEN 1 ELSE 0 END AS "f2",
          CASE WHEN CAST("specialty" AS VARCHAR) = CAST($32 AS VARCHAR) THEN 1 ELSE 0 END AS "f3"
        FROM "input"
      ) AS "f"
    ) AS "z"
  ) AS "s"
) AS "w"
