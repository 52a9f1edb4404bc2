using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

using F = AdaptiveLearning.Application.Imports.Format.ImportFields;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>Writes stored content back in the import format, so that reading it again gives the same content hash.</summary>
public static class QuestionItemWriter
{
    public static void Write(Utf8JsonWriter w, string externalId, QuestionContent c)
    {
        w.WriteStartObject();
        w.WriteString(F.Id, externalId);
        w.WriteString(F.Type, WireNames.Of(c.Type));
        w.WriteString(F.Question, c.Text);
        if (c.Scenario is not null) w.WriteString(F.Scenario, c.Scenario);
        if (c.Options.Count > 0)
        {
            w.WriteStartObject(F.Options);
            foreach (var o in c.Options) w.WriteString(o.Key, o.Text);
            w.WriteEndObject();
        }
        if (c.Options.Any(o => o.Explanation is not null))
        {
            w.WriteStartObject(F.OptionExplanations);
            foreach (var o in c.Options.Where(o => o.Explanation is not null)) w.WriteString(o.Key, o.Explanation);
            w.WriteEndObject();
        }
        if (c.CorrectKeys.Count == 1) w.WriteString(F.CorrectAnswer, c.CorrectKeys[0]);
        else if (c.CorrectKeys.Count > 1) Strings(w, F.CorrectAnswer, c.CorrectKeys);
        if (c.ModelAnswer is not null) w.WriteString(F.ModelAnswer, c.ModelAnswer);
        if (c.RubricKeywords.Count > 0) Strings(w, F.RubricKeywords, c.RubricKeywords);
        if (c.Explanation is not null) w.WriteString(F.Explanation, c.Explanation);
        w.WriteNumber(F.Difficulty, c.Difficulty);
        if (c.EstimatedTimeSeconds is { } seconds) w.WriteNumber(F.EstimatedTimeSeconds, seconds);
        if (c.Tags.Count > 0) Strings(w, F.Tags, c.Tags);
        if (c.Metadata is { } metadata)
        {
            w.WritePropertyName(F.Metadata);
            metadata.WriteTo(w);
        }
        if (c.Media.Count > 0) Strings(w, F.Media, c.Media);
        if (c.Source is not null) w.WriteString(F.Source, c.Source);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
