namespace ArabicNews.Nlp.Cli.Input;

/// <summary>Expands the PATH arguments of a command: files as they are, folders into their files, <c>-</c> into standard input.</summary>
internal static class InputExpander
{
    /// <summary>The inputs, in argument order; a folder's files sorted by path.</summary>
    /// <param name="paths">The PATH arguments.</param>
    /// <param name="folderExtension">The extension of the files taken from a folder (<c>.txt</c>, <c>.jsonl</c>).</param>
    /// <param name="isBatch">True when the inputs form a batch: a folder, or more than one path.</param>
    /// <exception cref="CliException">A path does not exist (<see cref="ExitCodes.NotFound"/>), a folder has no matching file (<see cref="ExitCodes.EmptyInput"/>), or standard input is named twice.</exception>
    public static List<InputDocument> Expand(IReadOnlyList<string> paths, string folderExtension, out bool isBatch)
    {
        var inputs = new List<InputDocument>();
        isBatch = paths.Count > 1;
        bool stdin = false;
        foreach (string path in paths)
        {
            if (path == "-")
            {
                if (stdin)
                {
                    throw new CliException(ExitCodes.Usage, "standard input (-) can be named only once");
                }

                stdin = true;
                inputs.Add(new InputDocument("-", null, "stdin"));
            }
            else if (Directory.Exists(path))
            {
                isBatch = true;
                string[] files;
                try
                {
                    files = Directory.GetFiles(path, "*" + folderExtension, SearchOption.AllDirectories);
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    throw new CliException(ExitCodes.IoError, $"{path}: the folder cannot be read ({e.Message})");
                }

                // GetFiles("*.txt") also matches "*.txt~"-like names on some systems: keep exact extensions only.
                var matching = files.Where(f => f.EndsWith(folderExtension, StringComparison.OrdinalIgnoreCase)).ToList();
                matching.Sort(StringComparer.Ordinal);
                if (matching.Count == 0)
                {
                    throw new CliException(ExitCodes.EmptyInput, $"{path}: the folder holds no {folderExtension} file");
                }

                foreach (string file in matching)
                {
                    string relative = System.IO.Path.GetRelativePath(path, file);
                    inputs.Add(new InputDocument(file, file, StripExtension(relative)));
                }
            }
            else if (File.Exists(path))
            {
                inputs.Add(new InputDocument(path, path, StripExtension(System.IO.Path.GetFileName(path))));
            }
            else
            {
                throw new CliException(ExitCodes.NotFound, $"{path}: no such file or folder");
            }
        }

        return inputs;
    }

    private static string StripExtension(string relative)
    {
        string? dir = System.IO.Path.GetDirectoryName(relative);
        string name = System.IO.Path.GetFileNameWithoutExtension(relative);
        return string.IsNullOrEmpty(dir) ? name : System.IO.Path.Combine(dir, name);
    }
}
