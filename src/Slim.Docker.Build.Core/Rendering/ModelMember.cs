using System.Reflection;
using Scriban.Runtime;

namespace Slim.Docker.Build.Rendering;

/// <summary>
/// One public field or property of a model type as a template variable, chosen and named as Scriban's
/// <c>ScriptObject.Import(object, renamer)</c> does: base types first, public fields (not constants) then public
/// readable properties without parameters, none marked <see cref="ScriptMemberIgnoreAttribute"/>, renamed with
/// <see cref="StandardMemberRenamer"/>; fields are read-only when init-only, properties never.
/// </summary>
internal sealed record ModelMember(string Name, Func<object, object?> Read, bool ReadOnly)
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;

    public static ModelMember[] Of(Type type)
    {
        var members = new List<ModelMember>();
        foreach (var declaring in BaseTypesFirst(type))
        {
            foreach (var field in declaring.GetFields(Declared))
            {
                if (field.IsPublic && !field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                {
                    members.Add(new ModelMember(NameOf(field), field.GetValue, field.IsInitOnly));
                }
            }

            foreach (var property in declaring.GetProperties(Declared))
            {
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                    && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
                {
                    members.Add(new ModelMember(NameOf(property), property.GetValue, ReadOnly: false));
                }
            }
        }

        return [.. members];
    }

    private static Stack<Type> BaseTypesFirst(Type type)
    {
        var chain = new Stack<Type>();
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            chain.Push(current);
            if (current.BaseType == typeof(object))
            {
                break;
            }
        }

        return chain;
    }

    private static string NameOf(MemberInfo member)
    {
        var name = StandardMemberRenamer.Default(member);
        return string.IsNullOrEmpty(name) ? member.Name : name;
    }
}
