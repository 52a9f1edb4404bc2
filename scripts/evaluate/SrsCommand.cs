using System.Reflection;

namespace AdaptiveLearning.Evaluate;

/// <summary>
/// The srs command runs Srs/SrsEvaluation.Run(logPath, jsonOut), which another part of the project supplies.
/// It is found by name rather than called directly so this program builds, and says so, while that file is absent.
/// </summary>
internal static class SrsCommand
{
    public const int NotAvailable = 2;

    public static int Run(string logPath, string? jsonOut)
    {
        var run = typeof(SrsCommand).Assembly.GetTypes()
            .Where(t => t.Name == "SrsEvaluation")
            .Select(t => t.GetMethod("Run", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(string)]))
            .FirstOrDefault(m => m is not null && m.ReturnType == typeof(int));
        if (run is null)
        {
            Console.Error.WriteLine("srs: spaced-repetition evaluation is not available in this build (scripts/evaluate/Srs/SrsEvaluation.cs is missing).");
            return NotAvailable;
        }

        return (int)run.Invoke(null, [logPath, jsonOut])!;
    }
}
