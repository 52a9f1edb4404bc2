using System.Text.Encodings.Web;
using System.Text.Json;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.ImportTool.Benchmarks;

/// <summary>
/// A synthetic bank shaped like real ones: 1,000 questions per facet file, 80% mcq (some with two
/// correct keys), 10% theory, 10% scenario, text lengths near OpenTriviaQA's. Deterministic per index.
/// </summary>
internal static class BankGenerator
{
    public const int PerFile = 1_000;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Words =
        "the a of river engine signal brake lane speed road junction vehicle driver light mirror distance weather tyre pressure map history battle king city planet orbit cell gene protein market price law court poem novel music film sport team score"
            .Split(' ');

    public static async Task WriteAsync(string directory, int size, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var files = (size + PerFile - 1) / PerFile;
        await Parallel.ForAsync(0, files, ct, async (file, token) =>
        {
            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartArray();
                for (var i = file * PerFile; i < Math.Min(size, (file + 1) * PerFile); i++)
                    QuestionItemWriter.Write(writer, $"gen-{i:D7}", Content(i));
                writer.WriteEndArray();
            }
            await File.WriteAllBytesAsync(Path.Combine(directory, FacetOf(file) + ".json"), buffer.ToArray(), token);
        });
    }

    public static string FacetOf(int file) => $"bench-topic-{file / 100 % 10:D2}__sub-{file / 10 % 10:D2}__leaf-{file % 10:D2}__set-{file / 1000:D2}";

    public static QuestionContent Content(int i)
    {
        var random = new Random(i);
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        var tags = new[] { $"tag-{i % 50}", $"level-{i % 5}" };
        return (i % 10) switch
        {
            0 => new QuestionContent
            {
                Type = QuestionType.Theory, Text = $"Explain {Sentence(12)}?", ModelAnswer = Sentence(40),
                RubricKeywords = ["speed", "distance"], Difficulty = 1 + i % 5, Tags = tags,
            },
            1 => new QuestionContent
            {
                Type = QuestionType.Scenario, Scenario = Sentence(50), Text = $"What should you do about {Sentence(8)}?",
                Options = Options(random, Sentence), CorrectKeys = ["B"], Explanation = Sentence(25), Difficulty = 1 + i % 5, Tags = tags,
            },
            _ => new QuestionContent
            {
                Type = QuestionType.Mcq, Text = $"Which {Sentence(14)}?", Options = Options(random, Sentence),
                CorrectKeys = i % 7 == 0 ? ["A", "C"] : [((char)('A' + i % 4)).ToString()],
                Explanation = Sentence(25), Difficulty = 1 + i % 5, EstimatedTimeSeconds = 30 + i % 60, Tags = tags,
            },
        };
    }

    private static List<QuestionOption> Options(Random random, Func<int, string> sentence) =>
        new[] { "A", "B", "C", "D" }.Select(k => new QuestionOption(k, sentence(3 + random.Next(5)))).ToList();
}
