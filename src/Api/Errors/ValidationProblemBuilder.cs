using AdaptiveLearning.Application.Common;
using FluentValidation.Results;

namespace AdaptiveLearning.Api.Errors;

/// <summary>Shapes FastEndpoints' binding and validation failures as problem+json.</summary>
internal static class ValidationProblemBuilder
{
    public static object Build(List<ValidationFailure> failures, HttpContext http, int statusCode)
    {
        // FastEndpoints reports unreadable JSON (syntax errors, wrong types) under this key.
        var malformed = failures.Any(f => f.PropertyName.Equals("serializerErrors", StringComparison.OrdinalIgnoreCase));
        var errors = failures
            .GroupBy(f => CamelCase(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        http.Response.ContentType = ProblemWriter.ContentType;
        return ProblemWriter.Create(http, malformed ? Problems.MalformedRequest : Problems.ValidationFailed,
            malformed ? "The request body is not valid JSON for this operation." : "One or more fields are invalid.",
            errors);
    }

    private static string CamelCase(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
