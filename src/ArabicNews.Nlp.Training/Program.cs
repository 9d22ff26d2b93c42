using ArabicNews.Nlp.Training;

// Rebuilds the embedded artifacts under src/ArabicNews.Nlp/Resources from ../shared/data.
// usage: dotnet run --project src/ArabicNews.Nlp.Training -c Release -- [all|segmentation|gazetteers|ner-model] [--shared DIR] [--out DIR]
// (gazetteers --holdout and ner-model --holdout leave out the last tenth of ANERcorp train, for tuning;
// gazetteers --no-anercorp-names leaves out all of its names and --no-corpus-given-names the given names read off the
// corpus, as the model's silver pass does; ner-model --no-silver
// trains without the silver codes)
if (args.Contains("--help") || args.Contains("-h"))
{
    // Without this, --help fell through to "all" and rebuilt every resource.
    Console.WriteLine("usage: ArabicNews.Nlp.Training [all|segmentation|gazetteers|ner-model] [--shared DIR] [--out DIR]");
    Console.WriteLine("  gazetteers: [--holdout | --fold K] [--no-anercorp-names] [--no-corpus-given-names]");
    Console.WriteLine("  ner-model:  [--holdout | --fold K] [--model-out FILE] [--lexicon-cache FILE] [--no-silver] [--no-aqmar]");
    Console.WriteLine("              [--aqmar-weight W] [--l1 X] [--l2 X] [--iterations N] [--type-bias P,L,O,M] [--no-clusters]");
    return 0;
}

var paths = TrainingPaths.FromArgs(args);
string verb = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
switch (verb)
{
    case "segmentation":
        return SegmentationLexiconBuilder.Run(paths);
    case "gazetteers":
        return GazetteerBuilder.Run(paths, args);
    case "ner-model":
        return NerModelTrainer.Run(paths, args);
    case "all":
        int rc = SegmentationLexiconBuilder.Run(paths);
        rc = rc != 0 ? rc : GazetteerBuilder.Run(paths);
        return rc != 0 ? rc : NerModelTrainer.Run(paths);
    default:
        Console.Error.WriteLine($"unknown command '{verb}'; expected all, segmentation, gazetteers or ner-model");
        return 2;
}
