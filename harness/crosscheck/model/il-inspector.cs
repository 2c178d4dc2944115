// Lists the .NET types and members each compiled expression references, read from the IL of
// its method (and of the lambdas and closures mcs generates for it), so the TS side can check
// them against APIM's allow-list. Reading IL sees what the compiler actually bound (overloads,
// extension methods, implicit conversions), which a token scan of the source cannot.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace ApimHarness
{
    public static class IlInspector
    {
        private static readonly Dictionary<short, OpCode> opCodes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null))
            .ToDictionary(o => o.Value, o => o);

        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        public static void Report(TextWriter output)
        {
            var expressions = typeof(ApimGenerated.Expressions);
            for (var i = 0; i < ApimGenerated.Expressions.Ids.Length; i++)
            {
                var references = new SortedSet<string>(StringComparer.Ordinal);
                var visited = new HashSet<MethodBase>();
                var pending = new Queue<MethodBase>();
                pending.Enqueue(expressions.GetMethod("E_" + i, All));
                while (pending.Count > 0)
                {
                    var method = pending.Dequeue();
                    if (method == null || !visited.Add(method)) continue;
                    Scan(method, references, pending);
                }
                var writer = new JsonWriter().BeginObject().Name("expressionId").String(ApimGenerated.Expressions.Ids[i]).Name("references").BeginArray();
                foreach (var reference in references) writer.String(reference);
                output.WriteLine(writer.EndArray().EndObject().ToString());
            }
        }

        private static bool IsGenerated(Type type)
        {
            while (type.IsNested) type = type.DeclaringType;
            // `<PrivateImplementationDetails>`, anonymous types and the like: compiler-made, not APIs.
            return type == typeof(ApimGenerated.Expressions) || type.Name.StartsWith("<", StringComparison.Ordinal);
        }

        private static void Scan(MethodBase method, SortedSet<string> references, Queue<MethodBase> pending)
        {
            var body = method.GetMethodBody();
            if (body == null) return;
            foreach (var local in body.LocalVariables) AddType(local.LocalType, references);
            var il = body.GetILAsByteArray();
            var module = method.Module;
            var typeArguments = method.DeclaringType.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            var position = 0;
            while (position < il.Length)
            {
                short value = il[position++];
                if (value == 0xFE) value = (short)(0xFE00 | il[position++]);
                OpCode code;
                if (!opCodes.TryGetValue(value, out code)) throw new InvalidOperationException("unknown IL opcode 0x" + value.ToString("x") + " in " + method.Name);
                switch (code.OperandType)
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar: position += 1; break;
                    case OperandType.InlineVar: position += 2; break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR: position += 8; break;
                    case OperandType.InlineSwitch: position += 4 + 4 * BitConverter.ToInt32(il, position); break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        var member = module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                        AddMember(member, references, pending);
                        position += 4;
                        break;
                    default: position += 4; break;
                }
            }
        }

        private static void AddMember(MemberInfo member, SortedSet<string> references, Queue<MethodBase> pending)
        {
            var type = member as Type;
            if (type != null) { AddType(type, references); return; }
            var owner = member.DeclaringType;
            if (IsGenerated(owner))
            {
                // The expression's own lambdas, closures and cached delegates: follow them.
                var body = member as MethodBase;
                if (body != null) pending.Enqueue(body);
                else if (member is FieldInfo) AddType(((FieldInfo)member).FieldType, references);
                return;
            }
            AddType(owner, references);
            references.Add(TypeName(owner) + "::" + member.Name);
            var method = member as MethodInfo;
            if (method != null && method.IsGenericMethod)
                foreach (var argument in method.GetGenericArguments()) AddType(argument, references);
        }

        private static void AddType(Type type, SortedSet<string> references)
        {
            while (type.HasElementType)
            {
                if (type.IsArray) references.Add("System.Array");
                type = type.GetElementType();
            }
            if (type.IsGenericParameter || IsGenerated(type)) return;
            if (type.IsGenericType)
                foreach (var argument in type.GetGenericArguments()) AddType(argument, references);
            references.Add(TypeName(type));
        }

        /// <summary>Namespace.Type without generic arity, nested types joined with '.'.</summary>
        public static string TypeName(Type type)
        {
            if (type.IsGenericType) type = type.GetGenericTypeDefinition();
            var name = type.Name;
            var tick = name.IndexOf('`');
            if (tick >= 0) name = name.Substring(0, tick);
            if (type.IsNested) return TypeName(type.DeclaringType) + "." + name;
            return string.IsNullOrEmpty(type.Namespace) ? name : type.Namespace + "." + name;
        }
    }
}
