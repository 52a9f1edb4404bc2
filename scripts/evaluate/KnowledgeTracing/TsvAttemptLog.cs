using System.Globalization;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>Reads `user_id item_id timestamp correct skill_id` logs; timestamp is Unix seconds, 0 when unknown.</summary>
internal static class TsvAttemptLog
{
    public static List<AttemptRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException($"{path} is empty.");
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{path} has no '{name}' column.");
        var (user, item, time, correct, skill) = (Column("user_id"), Column("item_id"), Column("timestamp"), Column("correct"), Column("skill_id"));

        var attempts = new List<AttemptRecord>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var seconds = long.Parse(fields[time], CultureInfo.InvariantCulture);
            attempts.Add(new AttemptRecord(
                fields[user],
                fields[item],
                fields[skill],
                seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds),
                fields[correct] == "1"));
        }

        return attempts;
    }
}
