using AdaptiveLearning.Evaluate.Srs;

namespace AdaptiveLearning.Evaluate;

/// <summary>Runs the spaced-repetition evaluation and files its table in the log's own section of the document.</summary>
internal static class SrsCommand
{
    public static int Run(string logPath, string? jsonOut, string documentPath)
    {
        var exitCode = SrsEvaluation.Run(logPath, jsonOut);
        if (exitCode == 0)
        {
            EvaluationDocument.WriteSection(documentPath, $"srs:{Path.GetFileNameWithoutExtension(logPath)}", SrsEvaluation.LastMarkdown);
        }

        return exitCode;
    }
}
