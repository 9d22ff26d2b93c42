using System.Diagnostics;
using ArabicNews.Nlp.Entities;
using ArabicNews.Nlp.Tokenization;
using ArabicNews.Nlp.Tooling;

namespace ArabicNews.Nlp.Evaluation;

/// <summary>Measures the entity recognizer's load time, memory and single-thread throughput on a text file (default: the seed article).</summary>
internal static class EntitySpeed
{
    public static int Run(string[] args)
    {
        string path = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : Path.Combine("seeds", "putin-erdogan-moscow-summit.txt");
        string text = File.ReadAllText(path);
        long before = GC.GetTotalMemory(true);
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        double thread0 = ThreadCpuClock.Seconds() * 1000;
        TimeSpan jit0 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        var sw = Stopwatch.StartNew();
        _ = Gazetteer.Default;
        double gazetteerMs = sw.Elapsed.TotalMilliseconds;
        double thread1 = ThreadCpuClock.Seconds() * 1000;
        TimeSpan jit1 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        _ = SequenceModel.Default;
        double modelMs = sw.Elapsed.TotalMilliseconds - gazetteerMs;
        double thread2 = ThreadCpuClock.Seconds() * 1000;
        TimeSpan jit2 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        _ = ArabicEntityRecognizer.Default.Recognize("قال الرئيس الروسي فلاديمير بوتين");
        sw.Stop();
        double thread3 = ThreadCpuClock.Seconds() * 1000;
        TimeSpan jit3 = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        TimeSpan cpuLoad = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        Console.WriteLine($"gazetteer resource: {gazetteerMs:0} ms; model resource: {modelMs:0} ms; first call (rule tables, JIT): {sw.Elapsed.TotalMilliseconds - gazetteerMs - modelMs:0} ms; CPU time for all: {cpuLoad.TotalMilliseconds:0} ms");

        // The calling thread's CPU time: the loads and their JIT run on it, and it barely moves when other processes
        // keep the cores busy (the wall figures above then grow with the machine's load).
        if (ThreadCpuClock.IsAvailable)
        {
            Console.WriteLine($"thread CPU: gazetteer {thread1 - thread0:0} ms, model {thread2 - thread1:0} ms, first call {thread3 - thread2:0} ms");
        }

        // Of which the JIT compiler's time on this thread: the rest of each stage is the code itself.
        Console.WriteLine($"JIT on this thread: gazetteer {(jit1 - jit0).TotalMilliseconds:0} ms, model {(jit2 - jit1).TotalMilliseconds:0} ms, first call {(jit3 - jit2).TotalMilliseconds:0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true)} methods compiled on it)");
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"load: {sw.Elapsed.TotalMilliseconds:0} ms, managed memory +{(after - before) / (1024.0 * 1024):0.0} MB");

        Token[] tokens = ArabicTokenizer.Default.GetTokens(text);
        Sentence[] sentences = SentenceSplitter.Default.Split(text, tokens);
        for (int i = 0; i < 20; i++)
        {
            ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences);
        }

        int runs = 0;
        TimeSpan cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        while (sw.Elapsed.TotalSeconds < 3)
        {
            ArabicEntityRecognizer.Default.Recognize(text, tokens, sentences);
            runs++;
        }

        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu1).TotalSeconds;
        double tps = runs * (double)tokens.Length / sw.Elapsed.TotalSeconds;
        double cpuTps = runs * (double)tokens.Length / Math.Max(cpuSeconds, 1e-9);
        Console.WriteLine($"throughput: {tps / 1000:0} thousand tokens/s wall, {cpuTps / 1000:0} thousand tokens per CPU-second ({runs} runs of {tokens.Length} tokens, one thread, tokenization excluded)");
        return 0;
    }
}
