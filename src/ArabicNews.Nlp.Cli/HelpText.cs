namespace ArabicNews.Nlp.Cli;

/// <summary>The <c>--help</c> texts.</summary>
internal static class HelpText
{
    public const string Main = """
        arabic-news: Arabic news analysis (tokens, sentences, entities with canonical names, quotes and speakers)

        usage:
          arabic-news analyze PATH... [--format text|json|html] [--out DIR] [--jsonl] [--segment] [options]
          arabic-news tokenize PATH [--segment] [--format json|text]
          arabic-news normalize PATH [--preset search|matching|minimal|all]
          arabic-news --help | COMMAND --help | --version

        PATH is a UTF-8 file, a folder (analyze: every .txt in it and its sub-folders) or - for standard input.

        exit codes:
          0  success
          1  a batch finished but some documents (or JSONL lines) were reported on stderr and skipped
          2  bad arguments
          3  an input file or folder does not exist
          4  the input is not valid UTF-8
          5  the input is in another encoding (UTF-16/UTF-32 byte order mark) or binary (NUL bytes)
          6  the input is empty (or only white space), or a folder holds no input file
          7  a file could not be read or written, or a JSONL line is not a {"id", "text"} object
          70 internal error (a bug)
          130 interrupted
        """;

    public const string Analyze = """
        usage: arabic-news analyze PATH... [options]

        Analyzes Arabic news: sentences, tokens, entities (PERSON, COUNTRY, PLACE, ORGANIZATION, NATIONALITY) with
        canonical names, and quotes with their speakers. Offsets are UTF-16 code units of the text as read: strict
        UTF-8, a byte order mark kept as U+FEFF at offset 0, \r\n and \r read as \n (as Python's read_text does).

        options:
          -f, --format FORMAT  text (default on standard output), json (default with --out or --jsonl) or html
          -o, --out DIR        one output per input under DIR: same name (and sub-folder) with .json, .txt or .html;
                               without it, one document goes to standard output; several documents go to standard
                               output as text one after the other, or as JSON lines {"id": PATH, ...}
              --jsonl          input lines {"id": ..., "text": ...} (files, a folder's .jsonl files, or -); output
                               lines {"id": ..., ...analysis...} in input order, streamed in constant memory
          -j, --jobs N         documents analyzed at once (default: the number of cores)
              --segment        JSON tokens get their clitic segments [{start, end, text, form, role}]
              --compact        JSON on one line
              --color WHEN     auto (default: only when standard output is a terminal and NO_COLOR is unset),
                               always or never; --no-color is --color never
              --no-progress    no progress bar (it shows on standard error only when it is a terminal and the
                               work lasts more than a second)
              --keep-cr        keep \r characters (offsets then count them)

        A document that fails in a batch is reported on standard error and skipped; the others are written and the
        exit code is 1. See arabic-news --help for every exit code.

        examples:
          arabic-news analyze article.txt
          arabic-news analyze news/ --format json --out analysis/
          arabic-news analyze article.txt --format html --out pages/
          cat corpus.jsonl | arabic-news analyze --jsonl - > analysis.jsonl
        """;

    public const string Tokenize = """
        usage: arabic-news tokenize PATH [--segment] [--format json|text] [--compact] [--keep-cr]

        Prints the tokens of one file (or - for standard input): JSON {"tokens": [{start, end, text, kind, normalized}]}
        by default, or text with one token a line (start, end, kind, text; tab-separated).
          --segment  adds each token's clitic segments: in JSON "segments": [{start, end, text, form, role}] with
                     surface offsets, role proclitic|stem|enclitic and form the segment as written alone
                     (للمناطق → ل + المناطق); in text a fifth column such as و+ كتاب +ه
        """;

    public const string Normalize = """
        usage: arabic-news normalize PATH [--preset search|matching|minimal|all] [--keep-cr]

        Prints the normalized text of one file (or - for standard input).
          search    exactly Lucene.Net's ArabicNormalizer (alef forms, alef maksura, ta marbuta, harakat, tatweel)
          matching  every letter rule (default; what the entity recognizer matches on)
          minimal   diacritics and tatweel only
          all       matching plus punctuation unification
        """;

    public static string For(string? topic) => topic switch
    {
        "analyze" => Analyze,
        "tokenize" => Tokenize,
        "normalize" => Normalize,
        _ => Main,
    };
}
