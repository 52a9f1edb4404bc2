using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Reads the FastEndpoints validator of a request type, so the document states the same limits the server
/// enforces (required, lengths, ranges, patterns) from the one place they are written. Rules that apply only
/// under a condition say nothing: the document cannot express "required when".
/// </summary>
internal static class ValidatorConstraints
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyConstraints>> Cache = new();

    // propertyName: the C# or the wire name (FastEndpoints names validated members in camelCase).
    public static PropertyConstraints For(Type requestType, string propertyName) =>
        Of(requestType).GetValueOrDefault(propertyName) ?? PropertyConstraints.None;

    // The Api's validators by the request type they validate, found in one pass over the assembly.
    private static readonly Lazy<IReadOnlyDictionary<Type, Type>> Validators = new(() => typeof(ValidatorConstraints).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null)
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => (Request: i.GetGenericArguments()[0], Validator: t)))
        .GroupBy(p => p.Request)
        .ToDictionary(g => g.Key, g => g.First().Validator));

    private static IReadOnlyDictionary<string, PropertyConstraints> Of(Type requestType) => Cache.GetOrAdd(requestType, type =>
    {
        if (!Validators.Value.TryGetValue(type, out var validatorType))
            return new Dictionary<string, PropertyConstraints>();
        var descriptor = ((IValidator)Activator.CreateInstance(validatorType, nonPublic: true)!).CreateDescriptor();
        return descriptor.GetMembersWithValidators()
            .ToDictionary(g => g.Key, g => Read(descriptor.GetRulesForMember(g.Key)), StringComparer.OrdinalIgnoreCase);
    });

    private static PropertyConstraints Read(IEnumerable<IValidationRule> rules)
    {
        var result = PropertyConstraints.None;
        foreach (var component in rules.SelectMany(r => r.Components.Select(c => (Rule: r, Component: c))))
        {
            if (component.Rule.HasCondition || component.Rule.HasAsyncCondition || component.Component.HasCondition || component.Component.HasAsyncCondition)
                continue;
            result = component.Component.Validator switch
            {
                INotNullValidator or INotEmptyValidator => result with { Required = true },
                ILengthValidator length => result with
                {
                    MinLength = length.Min > 0 ? length.Min : result.MinLength,
                    MaxLength = length.Max > 0 ? length.Max : result.MaxLength,
                },
                IBetweenValidator between => result with { Minimum = Number(between.From), Maximum = Number(between.To) },
                IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual } min => result with { Minimum = Number(min.ValueToCompare) },
                IComparisonValidator { Comparison: Comparison.LessThanOrEqual } max => result with { Maximum = Number(max.ValueToCompare) },
                IRegularExpressionValidator regex => result with { Pattern = regex.Expression },
                IEmailValidator => result with { Format = "email" },
                _ => result,
            };
        }
        return result;
    }

    private static decimal? Number(object? value) => value is IConvertible convertible && value is not string and not DateTimeOffset and not DateTime
        ? convertible.ToDecimal(CultureInfo.InvariantCulture)
        : null;
}
