/**
 * The agent's details (issue 22): name, company and phone, kept in localStorage under `jkt-agent` and never in the
 * link. One ref for the whole page, so that the poster's form and the printed proposal show the same details as
 * they are typed (the proposal used to read the storage again on `beforeprint`).
 */
import { computed, effectScope, ref, watch, type ComputedRef, type Ref } from 'vue'
import { agentLine, cleanAgentField, readAgent, type Agent } from '../domain/export/poster.ts'

export const AGENT_KEY = 'jkt-agent'

function load(): Agent {
  try {
    return readAgent(localStorage.getItem(AGENT_KEY))
  } catch (e) {
    // Storage blocked (private mode, a WebView's settings): the form still works for this page.
    console.warn('localStorage unavailable', e)
    return readAgent(null)
  }
}

let shared: { agent: Ref<Agent>; line: ComputedRef<string> } | null = null

export function useAgent(): { agent: Ref<Agent>; line: ComputedRef<string> } {
  if (shared) return shared
  // A detached scope: the first component to ask may unmount (the share panel closes) while the ref lives on.
  shared = effectScope(true).run(() => {
    const agent = ref<Agent>(load())
    // What is stored and printed: the fields as typed, without control or direction-override characters.
    const clean = computed<Agent>(() => ({ name: cleanAgentField(agent.value.name), company: cleanAgentField(agent.value.company), phone: cleanAgentField(agent.value.phone) }))
    watch(
      clean,
      (a) => {
        try {
          localStorage.setItem(AGENT_KEY, JSON.stringify(a))
        } catch (e) {
          console.warn('agent details not saved', e)
        }
      },
    )
    return { agent, line: computed(() => agentLine(clean.value)) }
  })!
  return shared
}
