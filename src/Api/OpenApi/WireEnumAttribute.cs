using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// A string request field that takes one of a closed set of names: the document lists them as its <c>enum</c>.
/// Given an enum type, the names come from the same rule the server parses with (<see cref="WireNames"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WireEnumAttribute : Attribute
{
    public WireEnumAttribute(Type enumType) => Values = WireNames.All(enumType);

    public WireEnumAttribute(params string[] values) => Values = values;

    public IReadOnlyList<string> Values { get; }
}
