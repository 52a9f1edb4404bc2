using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Hierarchy;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Questions;

/// <summary>
/// Turns a <see cref="QuestionSpecification"/> into parameterised SQL in three small steps
/// (where, order, page). Only fixed fragments are concatenated; every value is a parameter.
/// </summary>
internal static class QuestionSql
{
    private const string Relevance = "MATCH(q.search_text) AGAINST (@Search IN NATURAL LANGUAGE MODE)";

    public sealed record Query(string Page, string Count, DynamicParameters Parameters);

    public static Query Build(QuestionSpecification spec)
    {
        var parameters = new DynamicParameters();
        var filters = Where(spec, parameters);
        var cursor = After(spec, parameters);
        var select = spec.OrdersByRelevance ? QuestionRow.SelectFrom.Replace("SELECT ", $"SELECT {Relevance} AS score, ") : QuestionRow.SelectFrom;
        parameters.Add("Take", spec.Limit + 1);

        var page = $"{select}\nWHERE {string.Join(" AND ", filters.Concat(cursor))}\n{Order(spec)}\nLIMIT @Take";
        var count = $"SELECT COUNT(*) FROM ({QuestionRow.SelectFrom}\nWHERE {string.Join(" AND ", filters)}) AS matching";
        return new Query(page, count, parameters);
    }

    public static List<string> Where(QuestionSpecification spec, DynamicParameters p)
    {
        var where = new List<string> { "1 = 1" };
        if (spec.LearnerVisibleOnly)
            where.Add(VisibleQuestions.Condition);
        if (spec.Status is { } status)
        {
            where.Add("q.status = @Status");
            p.Add("Status", WireNames.Of(status));
        }
        if (spec.Type is { } type)
        {
            where.Add("q.type = @Type");
            p.Add("Type", WireNames.Of(type));
        }
        if (spec.NodePath is { } path)
            where.Add(PathScopeSql.Within("f.path", path, p, "NodePath"));
        if (spec.MinDifficulty is { } min)
        {
            where.Add("q.difficulty >= @MinDifficulty");
            p.Add("MinDifficulty", min);
        }
        if (spec.MaxDifficulty is { } max)
        {
            where.Add("q.difficulty <= @MaxDifficulty");
            p.Add("MaxDifficulty", max);
        }
        if (spec.TagsAny.Count > 0)
        {
            where.Add("EXISTS (SELECT 1 FROM question_tags qt WHERE qt.question_id = q.id AND qt.tag IN @TagsAny)");
            p.Add("TagsAny", spec.TagsAny);
        }
        if (spec.TagsAll.Count > 0)
        {
            where.Add("(SELECT COUNT(DISTINCT qt.tag) FROM question_tags qt WHERE qt.question_id = q.id AND qt.tag IN @TagsAll) = @TagsAllCount");
            p.Add("TagsAll", spec.TagsAll);
            p.Add("TagsAllCount", spec.TagsAll.Distinct().Count());
        }
        if (spec.OrdersByRelevance)
        {
            var words = SearchWords(spec.Search!);
            // InnoDB's parser rejects some operator-only input ("*") even in natural language mode; no words finds nothing.
            where.Add(words.Length == 0 ? "1 = 0" : $"{Relevance} > 0");
            p.Add("Search", words);
        }
        return where;
    }

    public static List<string> After(QuestionSpecification spec, DynamicParameters p)
    {
        if (spec.After is not { } after)
            return [];
        p.Add("AfterId", after.Id);
        if (!spec.OrdersByRelevance)
            return ["q.id > @AfterId"];
        p.Add("AfterScore", after.Score ?? double.MaxValue);
        return [$"({Relevance} < @AfterScore OR ({Relevance} = @AfterScore AND q.id > @AfterId))"];
    }

    public static string Order(QuestionSpecification spec) =>
        spec.OrdersByRelevance ? "ORDER BY score DESC, q.id" : "ORDER BY q.id";

    /// <summary>The words of a search, with every character a full-text parser could read as an operator turned into a space.</summary>
    public static string SearchWords(string search) =>
        string.Join(' ', new string(search.Select(c => char.IsLetterOrDigit(c) || c is '\'' or '_' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
