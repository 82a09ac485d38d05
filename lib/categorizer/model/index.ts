export { NaiveBayes, type NaiveBayesState, type Prediction } from "./naiveBayes";
export { extractFeatures, amountBucket, type Features } from "./features";
export { parseModelState } from "./state";
