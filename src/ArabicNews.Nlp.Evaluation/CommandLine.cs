using ArabicNews.Nlp.Entities;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>The evaluation commands' options: a named value, and the --model and --gazetteer resource files.</summary>
internal static class CommandLine
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent or has no value.</summary>
    public static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The model in --model FILE (one the trainer wrote), or null when the option is absent.</summary>
    public static SequenceModel? Model(string[] args)
    {
        if (Option(args, "--model") is not { } path)
        {
            return null;
        }

        using FileStream stream = File.OpenRead(path);
        return SequenceModel.Read(stream);
    }

    /// <summary>The compiled gazetteers in --gazetteer FILE (a holdout build), or null when the option is absent.</summary>
    public static Gazetteer? Gazetteer(string[] args)
    {
        if (Option(args, "--gazetteer") is not { } path)
        {
            return null;
        }

        using FileStream stream = File.OpenRead(path);
        return Entities.Gazetteer.Read(stream);
    }
}
