"""Writes classifier_reference.json: reference values for the logistic pipeline and its evaluation.

Run from this folder with `python3 make_classifier_reference.py` (scikit-learn 1.9.1, scipy 1.17.1, numpy 2).
- logisticPipeline: Pipeline([SimpleImputer(strategy='median', add_indicator=True), StandardScaler(),
  LogisticRegression(C=C, solver='newton-cholesky', tol=1e-12)]) on seeded synthetic follower-like features with
  missing values (null in the JSON). The default tol=1e-4 stops Newton early (about 1e-4 from the optimum on these
  data; the gap is recorded), so the reference is run to convergence, and checked here against lbfgs at tol=1e-12.
  One case has a feature with no value at all, for which keep_empty_features=True is used (the default drops the
  column; its constant column would get coefficient 0 and change no probability).
- crossValidation: folds from a re-implementation of the documented StratifiedFolds procedure (SplitMix64,
  Fisher-Yates, dealing), fed to cross_val_predict(pipeline, X, y, cv=PredefinedSplit(folds),
  method='predict_proba'); confusion counts at probability >= 0.5; accuracy_score, precision_score, recall_score,
  recall_score(pos_label=0) for the specificity, f1_score; Wilson intervals from scipy's binomtest; the F1 interval
  is the Wilson interval of TP / (TP + FP + FN) carried through 2J / (1 + J); roc_auc_score, and the documented
  stratified bootstrap re-implemented here around roc_auc_score.
- roganGladen: the documented bootstrap of RoganGladen.adjust re-implemented here.
The SplitMix64 generator is taken from make_statistics_reference.py (loaded from there, not copied).
"""
import ast
import json
import math
import warnings

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import PredefinedSplit, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

with open("make_statistics_reference.py") as source:
    tree = ast.parse(source.read())
wanted = [node for node in tree.body
          if isinstance(node, (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef))
          or (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MASK" for t in node.targets))]
namespace = {}
exec(compile(ast.Module(body=wanted, type_ignores=[]), "make_statistics_reference.py", "exec"), namespace)
SplitMix64 = namespace["SplitMix64"]


def pipeline(c, tol=1e-12, solver="newton-cholesky", keep_empty=False):
    return Pipeline([("impute", SimpleImputer(strategy="median", add_indicator=True, keep_empty_features=keep_empty)),
                     ("scale", StandardScaler()),
                     ("model", LogisticRegression(C=c, solver=solver, tol=tol, max_iter=10000))])


def json_rows(matrix):
    return [[None if math.isnan(v) else float(v) for v in row] for row in matrix]


def floats(values):
    return [float(v) for v in values]


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
    return float(ci.low), float(ci.high)


def auc_bootstrap(scores, labels, resamples, seed):
    """ROCArea.bootstrap as documented: positives redrawn within positives, then negatives within negatives."""
    rng = SplitMix64(seed)
    positives = [s for s, l in zip(scores, labels) if l]
    negatives = [s for s, l in zip(scores, labels) if not l]
    areas = []
    for _ in range(resamples):
        drawn_positives = [positives[rng.next_index(len(positives))] for _ in positives]
        drawn_negatives = [negatives[rng.next_index(len(negatives))] for _ in negatives]
        areas.append(roc_auc_score([1] * len(drawn_positives) + [0] * len(drawn_negatives),
                                   drawn_positives + drawn_negatives))
    lower, upper = np.quantile(areas, [0.025, 0.975])
    return float(lower), float(upper)


def rogan_gladen(flagged, scored, tp, fn, tn, fp, resamples, seed):
    """RoganGladen.adjust as documented."""
    def corrected(observed, sensitivity, specificity):
        return min(1.0, max(0.0, (observed + specificity - 1) / (sensitivity + specificity - 1)))

    rng = SplitMix64(seed)

    def redrawn(hits, trials):
        return sum(1 for _ in range(trials) if rng.next_index(trials) < hits) / trials

    kept = []
    for _ in range(resamples):
        share = redrawn(flagged, scored)
        sensitivity = redrawn(tp, tp + fn)
        specificity = redrawn(tn, tn + fp)
        if sensitivity + specificity - 1 > 0:
            kept.append(corrected(share, sensitivity, specificity))
    lower, upper = np.quantile(kept, [0.025, 0.975])
    return (corrected(flagged / scored, tp / (tp + fn), tn / (tn + fp)), float(lower), float(upper),
            resamples - len(kept))


rng = np.random.default_rng(20260518)
n = 160
followers = rng.normal(5, 2, n)
following = rng.normal(5.5, 1.5, n)
posts = rng.normal(4, 1.8, n)
picture = (rng.random(n) < 0.7).astype(float)
listed = np.abs(rng.normal(0.8, 0.9, n))
logit = -0.5 - 0.9 * (followers - 5) + 0.7 * (following - 5.5) - 0.4 * (posts - 4) - 1.2 * (picture - 0.7)
labels = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
features = np.round(np.column_stack([followers, following, posts, picture, listed]), 4)
features[rng.random(n) < 0.1, 2] = np.nan
features[rng.random(n) < 0.05, 3] = np.nan
apply_rows = features[:8].copy()
apply_rows[0, 0] = np.nan
apply_rows[1, 4] = np.nan
apply_rows[2, 2] = np.nan
apply_rows[3, :] = [12.0, 1.0, 0.0, 1.0, 0.0]

empty = np.round(rng.normal(0, 1, (40, 4)), 3)
empty[:, 1] = np.nan
empty[:, 2] = 3.0
empty[[5, 17], 3] = np.nan
empty_labels = (empty[:, 0] + rng.normal(0, 1, 40) > 0).astype(int)

separable = np.round(np.column_stack([rng.normal(0, 1, 30), rng.normal(0, 1, 30)]), 3)
separable_labels = (separable[:, 0] + 0.5 * separable[:, 1] > 0).astype(int)

samples = {"followers": (features, labels), "empty": (empty, empty_labels), "separable": (separable, separable_labels)}
reference = {"generator": "make_classifier_reference.py", "sklearn": sklearn.__version__, "scipy": scipy.__version__,
             "numpy": np.__version__,
             "samples": [{"name": key, "rows": json_rows(x), "labels": [bool(v) for v in y]}
                         for key, (x, y) in samples.items()],
             "logisticPipeline": [], "crossValidation": [], "rocArea": [], "roganGladen": []}

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for name, sample, c, keep_empty in [
            ("follower-like features, C = 1", "followers", 1.0, False),
            ("follower-like features, C = 0.05", "followers", 0.05, False),
            ("follower-like features, C = 20", "followers", 20.0, False),
            ("a feature without values and a constant one", "empty", 1.0, True),
            ("separable, C = 1", "separable", 1.0, False),
            ("separable, C = 100", "separable", 100.0, False)]:
        x, y = samples[sample]
        fitted = pipeline(c, keep_empty=keep_empty).fit(x, y)
        lbfgs = pipeline(c, solver="lbfgs", keep_empty=keep_empty).fit(x, y)
        default = pipeline(c, tol=1e-4, keep_empty=keep_empty).fit(x, y)
        coefficients = fitted.named_steps["model"].coef_[0]
        assert np.max(np.abs(coefficients - lbfgs.named_steps["model"].coef_[0])) < 1e-6, name
        case = {
            "name": name, "call": f"Pipeline(...).fit(rows, labels) with C={c}", "sample": sample, "c": c,
            "medians": floats(fitted.named_steps["impute"].statistics_),
            "indicatedFeatures": [int(f) for f in fitted.named_steps["impute"].indicator_.features_],
            "means": floats(fitted.named_steps["scale"].mean_), "scales": floats(fitted.named_steps["scale"].scale_),
            "coefficients": floats(coefficients), "intercept": float(fitted.named_steps["model"].intercept_[0]),
            "defaultTolGap": float(np.max(np.abs(coefficients - default.named_steps["model"].coef_[0])))}
        if x is features:
            case["applyRows"] = json_rows(apply_rows)
            case["applyProbabilities"] = floats(fitted.predict_proba(apply_rows)[:, 1])
        reference["logisticPipeline"].append(case)

    for name, folds, seed in [("five folds", 5, 20260519), ("ten folds", 10, 7)]:
        assignment = stratified_folds(list(labels), folds, seed)
        probabilities = cross_val_predict(pipeline(1.0), features, labels, cv=PredefinedSplit(assignment),
                                          method="predict_proba")[:, 1]
        predicted = (probabilities >= 0.5).astype(int)
        tp = int(np.sum((predicted == 1) & (labels == 1)))
        fp = int(np.sum((predicted == 1) & (labels == 0)))
        tn = int(np.sum((predicted == 0) & (labels == 0)))
        fn = int(np.sum((predicted == 0) & (labels == 1)))
        jaccard_low, jaccard_high = wilson(tp, tp + fp + fn)
        auc_low, auc_high = auc_bootstrap(list(probabilities), list(labels), 2000, seed)
        reference["crossValidation"].append({
            "name": name, "call": "cross_val_predict(pipeline(1.0), rows, labels, cv=PredefinedSplit(folds))",
            "sample": "followers", "folds": folds, "seed": seed, "assignment": assignment,
            "probabilities": floats(probabilities),
            "truePositives": tp, "falsePositives": fp, "trueNegatives": tn, "falseNegatives": fn,
            "accuracy": [float(accuracy_score(labels, predicted)), *wilson(tp + tn, n)],
            "precision": [float(precision_score(labels, predicted)), *wilson(tp, tp + fp)],
            "sensitivity": [float(recall_score(labels, predicted)), *wilson(tp, tp + fn)],
            "specificity": [float(recall_score(labels, predicted, pos_label=0)), *wilson(tn, tn + fp)],
            "f1": [float(f1_score(labels, predicted)), 2 * jaccard_low / (1 + jaccard_low),
                   2 * jaccard_high / (1 + jaccard_high)],
            "auc": [float(roc_auc_score(labels, probabilities)), auc_low, auc_high], "aucResamples": 2000})

    tied_scores = floats(np.round(rng.random(50), 1))
    tied_labels = [bool(v) for v in rng.random(50) < 0.4]
    for name, scores, truth in [("scores with many ties", tied_scores, tied_labels),
                                ("perfect separation", [0.1, 0.2, 0.3, 0.8, 0.9], [False, False, False, True, True]),
                                ("all tied", [0.5, 0.5, 0.5, 0.5], [True, False, True, False])]:
        low, high = auc_bootstrap(scores, truth, 500, 11)
        reference["rocArea"].append({"name": name, "call": "roc_auc_score(labels, scores)", "scores": scores,
                                     "labels": truth, "auc": float(roc_auc_score(truth, scores)), "resamples": 500,
                                     "seed": 11, "lower": low, "upper": high})

    for name, flagged, scored, tp, fn, tn, fp, seed in [
            ("typical", 180, 600, 80, 20, 270, 30, 3),
            ("observed below the false-positive rate clips to 0", 50, 400, 40, 10, 85, 15, 4),
            ("few labelled rows, rounds left out", 30, 100, 2, 1, 3, 2, 5)]:
        adjusted, lower, upper, skipped = rogan_gladen(flagged, scored, tp, fn, tn, fp, 2000, seed)
        reference["roganGladen"].append({
            "name": name, "call": "rogan_gladen(...) in this script", "flagged": flagged, "scored": scored,
            "truePositives": tp, "falseNegatives": fn, "trueNegatives": tn, "falsePositives": fp,
            "resamples": 2000, "seed": seed, "adjusted": adjusted, "lower": lower, "upper": upper,
            "skipped": skipped})

with open("classifier_reference.json", "w") as out:
    json.dump(reference, out, indent=1)
