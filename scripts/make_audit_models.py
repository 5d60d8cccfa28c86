"""The learned audit's reference and its built-in model, both from scikit-learn on the SRF Instagram sample.

Run from the repository root with `python3 scripts/make_audit_models.py` (scikit-learn 1.9, pandas, numpy).
Reads ../shared/datasets/srf-instagram-fake-followers/labelled_1000_inclprivate.csv straight from its CSV (not
through rapport) and derives the features `audit train` documents for the roles the `instagram-followers` preset
maps (followers, following, posts, has_picture): log(1 + followers), log(1 + following), log(1 + posts), the
picture as 0/1. Then, with `rating` TRUE = fake as the label:
- fits Pipeline([SimpleImputer(strategy='median', add_indicator=True), StandardScaler(),
  LogisticRegression(C=1.0, solver='newton-cholesky', tol=1e-12)]) (sklearn's default tol=1e-4 stops Newton short
  of the optimum; lbfgs at tol=1e-10 is checked to agree);
- assigns 10 stratified folds with seed 42 by the procedure StratifiedFolds documents (SplitMix64, Fisher-Yates,
  dealing; the generator loaded from Tests/AnalyticsTests/Fixtures/make_statistics_reference.py, not copied) and
  takes cross_val_predict(pipeline, X, y, cv=PredefinedSplit(folds), method='predict_proba');
- counts the out-of-fold verdicts at probability >= 0.5, with accuracy_score, precision_score, recall_score,
  recall_score(pos_label=0), f1_score, Wilson intervals from scipy's binomtest and roc_auc_score;
- applies the fitted pipeline to the same sample (in-sample: its training data) for the flagged count at 0.5 and the
  mean probability that `audit` on the SRF sample reports with the built-in model.
Writes Tests/ScoreModuleTests/Fixtures/audit_model_reference.json (what the tests compare `audit train` with) and
Sources/ScoreModule/Audit/BuiltinAuditModel+Instagram.swift (the model `audit --model instagram` uses).
"""
import ast
import hashlib
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from scipy import stats
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import PredefinedSplit, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CSV = os.path.join(os.path.dirname(ROOT), "shared/datasets/srf-instagram-fake-followers/labelled_1000_inclprivate.csv")
FOLDS, SEED = 10, 42

with open(os.path.join(ROOT, "Tests/AnalyticsTests/Fixtures/make_statistics_reference.py")) as source:
    tree = ast.parse(source.read())
wanted = [node for node in tree.body
          if isinstance(node, (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef))
          or (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MASK" for t in node.targets))]
namespace = {}
exec(compile(ast.Module(body=wanted, type_ignores=[]), "make_statistics_reference.py", "exec"), namespace)
SplitMix64 = namespace["SplitMix64"]


def pipeline(solver="newton-cholesky", tol=1e-12):
    return Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True)), ("scale", StandardScaler()),
                     ("model", LogisticRegression(C=1.0, solver=solver, tol=tol, max_iter=10000))])


def stratified_folds(labels, folds, seed):
    """StratifiedFolds.assign as documented: false rows then true rows, each shuffled by Fisher-Yates, dealt in turn."""
    rng = SplitMix64(seed)
    assignment = [0] * len(labels)
    dealt = 0
    for label in (0, 1):
        members = [i for i, value in enumerate(labels) if value == label]
        for position in range(len(members) - 1, 0, -1):
            other = rng.next_index(position + 1)
            members[position], members[other] = members[other], members[position]
        for member in members:
            assignment[member] = dealt % folds
            dealt += 1
    return assignment


def wilson(successes, trials):
    ci = stats.binomtest(successes, trials).proportion_ci(method="wilson")
    return [successes / trials, float(ci.low), float(ci.high)]


data = pd.read_csv(CSV)
with open(CSV, "rb") as raw:
    sha256 = hashlib.sha256(raw.read()).hexdigest()
names = ["log_followers", "log_following", "log_posts", "has_picture"]
x = np.column_stack([np.log1p(data["Number.of.followers"].astype(float)),
                     np.log1p(data["Number.of.people.they.follow"].astype(float)),
                     np.log1p(data["Number.of.posts"].astype(float)), data["has_profile_picture"].astype(float)])
y = data["rating"].astype(int).to_numpy()

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fitted = pipeline().fit(x, y)
    lbfgs = pipeline("lbfgs", 1e-10).fit(x, y)
    coefficients = fitted.named_steps["model"].coef_[0]
    assert np.max(np.abs(coefficients - lbfgs.named_steps["model"].coef_[0])) < 1e-6
    folds = stratified_folds(list(y), FOLDS, SEED)
    probabilities = cross_val_predict(pipeline(), x, y, cv=PredefinedSplit(folds), method="predict_proba")[:, 1]

predicted = (probabilities >= 0.5).astype(int)
tp = int(np.sum((predicted == 1) & (y == 1)))
fp = int(np.sum((predicted == 1) & (y == 0)))
tn = int(np.sum((predicted == 0) & (y == 0)))
fn = int(np.sum((predicted == 0) & (y == 1)))
assert abs(accuracy_score(y, predicted) - (tp + tn) / len(y)) < 1e-15
assert abs(precision_score(y, predicted) - tp / (tp + fp)) < 1e-15
assert abs(recall_score(y, predicted) - tp / (tp + fn)) < 1e-15
assert abs(recall_score(y, predicted, pos_label=0) - tn / (tn + fp)) < 1e-15
jaccard = wilson(tp, tp + fp + fn)
means = [float(v) for v in fitted.named_steps["scale"].mean_]
scales = [float(v) for v in fitted.named_steps["scale"].scale_]
medians = [float(v) for v in fitted.named_steps["impute"].statistics_]
intercept = float(fitted.named_steps["model"].intercept_[0])
reference = {
    "generator": "scripts/make_audit_models.py", "sklearn": sklearn.__version__, "rows": len(y),
    "fake": int(y.sum()), "features": names, "medians": medians, "means": means, "scales": scales,
    "coefficients": [float(v) for v in coefficients], "intercept": intercept, "folds": FOLDS, "seed": SEED,
    "assignment": folds, "probabilities": [float(v) for v in probabilities],
    "truePositives": tp, "falsePositives": fp, "trueNegatives": tn, "falseNegatives": fn,
    "accuracy": wilson(tp + tn, len(y)), "precision": wilson(tp, tp + fp), "sensitivity": wilson(tp, tp + fn),
    "specificity": wilson(tn, tn + fp),
    "f1": [float(f1_score(y, predicted))] + [2 * j / (1 + j) for j in jaccard[1:]],
    "auc": float(roc_auc_score(y, probabilities)),
    "inSampleFlagged": int(np.sum(fitted.predict_proba(x)[:, 1] >= 0.5)),
    "inSampleMeanProbability": float(np.mean(fitted.predict_proba(x)[:, 1])),
}
with open(os.path.join(ROOT, "Tests/ScoreModuleTests/Fixtures/audit_model_reference.json"), "w") as out:
    json.dump(reference, out, indent=1)
    out.write("\n")


def swift_list(values, per_line, indent="        "):
    items = [repr(float(v)) if not isinstance(v, str) else v for v in values]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return ("[\n" + ",\n".join(indent + "    " + line for line in lines) + ",\n" + indent + "]")


labels = "".join("1" if v else "0" for v in y)
label_lines = ",\n".join(f'            "{labels[i:i + 100]}"' for i in range(0, len(labels), 100))
swift = f'''// Generated by scripts/make_audit_models.py with scikit-learn {sklearn.__version__}: do not edit by hand.
import Analytics

extension BuiltinAuditModels {{
    /// The Instagram model: SRF's 975 hand-labelled followers of Swiss influencers (98 fake, 2017), the roles of the
    /// `instagram-followers` preset, C = 1, cross-validated in {FOLDS} stratified folds with seed {SEED}.
    static let instagram = BuiltinAuditModel(
        name: "instagram", platform: "instagram", preset: "instagram-followers",
        trainingSample: "SRF's 975 hand-labelled Instagram followers of Swiss influencers, 2017",
        trainingFileSHA256: "{sha256}",
        features: [.role(.followers), .role(.following), .role(.posts), .role(.hasPicture)],
        medians: {swift_list(medians, 4)},
        means: {swift_list(means, 4)},
        scales: {swift_list(scales, 4)},
        coefficients: {swift_list(coefficients, 4)},
        intercept: {intercept!r}, folds: {FOLDS}, seed: {SEED},
        indicatedFeatures: [], outOfFoldLabels: [
{label_lines},
        ],
        outOfFoldProbabilities: {swift_list(probabilities, 4)})
}}
'''
with open(os.path.join(ROOT, "Sources/ScoreModule/Audit/BuiltinAuditModel+Instagram.swift"), "w") as out:
    out.write(swift)
print(json.dumps({k: reference[k] for k in ["coefficients", "intercept", "truePositives", "falsePositives",
                                             "trueNegatives", "falseNegatives", "accuracy", "sensitivity",
                                             "specificity", "auc"]}, indent=1))
