using ArabicNews.Nlp.Fuzz;
using SharpFuzz;

// Fuzzing harness for the library's components (see .ci/fuzz.sh, which runs it under AFL++ for a bounded time).
//   afl TARGET              read one input per run from AFL (SharpFuzz out-of-process mode)
//   random TARGET SECONDS   mutate the seed corpus in-process for a bounded time (no AFL needed)
//   replay TARGET FILE...   run saved inputs (crash reproduction)
// TARGET: normalizer | tokenizer | analyzer
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ArabicNews.Nlp.Fuzz afl|random|replay TARGET [SECONDS|FILE...]");
    return 2;
}

string mode = args[0], target = args[1];
switch (mode)
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Run(target, InputDecoder.Decode(buffer.ToArray()));
        });
        return 0;
    case "replay":
        foreach (string file in args.Skip(2))
        {
            FuzzTargets.Run(target, InputDecoder.Decode(File.ReadAllBytes(file)));
            Console.WriteLine($"ok {file}");
        }

        return 0;
    case "random":
        double seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30;
        return RandomFuzzer.Run(target, TimeSpan.FromSeconds(seconds), Path.Combine(AppContext.BaseDirectory, "seeds"));
    default:
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
}
