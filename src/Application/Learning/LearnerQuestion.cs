using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Learning;

/// <summary>A question as a learner may see it before answering: no correct keys, explanations or model answer.</summary>
public sealed record LearnerQuestion(
    long Id,
    int Version,
    QuestionType Type,
    string Text,
    IReadOnlyList<LearnerOption> Options,
    string? Scenario,
    IReadOnlyList<string> Media,
    int Difficulty,
    int? EstimatedTimeSeconds,
    string Path)
{
    public static LearnerQuestion From(long id, int version, string path, QuestionContent content) => new(
        id, version, content.Type, content.Text,
        content.Options.Select(o => new LearnerOption(o.Key, o.Text)).ToList(),
        content.Scenario, content.Media, content.Difficulty, content.EstimatedTimeSeconds, path);
}
