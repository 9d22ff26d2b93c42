using ArabicNews.Nlp.Evaluation;

// Measures the library against the shared evaluation data. Each command prints its figures.
// usage: dotnet run --project src/ArabicNews.Nlp.Evaluation -c Release -- <segmentation|ner|recognizer-conll|dev-entities --out DIR|quotes-dev|entity-speed|model-profile|pipeline-speed|gazetteer-lookup> [--shared DIR]
string shared = EvaluationPaths.Shared(args);
string verb = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "";
switch (verb)
{
    case "segmentation":
        return SegmentationEvaluation.Run(shared, args);
    case "ner":
        return NerEvaluation.Run(shared, args);
    case "recognizer-conll":
        return RecognizerConllEvaluation.Run(shared, args);
    case "model-profile":
        return ModelProfile.Run(shared, args);
    case "pipeline-speed":
        return PipelineSpeed.Run(shared, args);
    case "entity-speed":
        return EntitySpeed.Run(args);
    case "gazetteer-lookup":
        return GazetteerLookup.Run(args);
    case "dev-entities":
        return DevGoldPredictions.Run(shared, args);
    case "quotes-dev":
        return DevQuotePredictions.Run(shared, args);
    default:
        Console.Error.WriteLine("usage: ArabicNews.Nlp.Evaluation <segmentation|ner|recognizer-conll|dev-entities --out DIR|quotes-dev|entity-speed|model-profile|pipeline-speed|gazetteer-lookup> [--shared DIR]");
        return 2;
}
